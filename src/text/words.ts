import { fold } from './fold';

const WORD = /[\p{L}\p{N}]+/gu;

/** The folded words of a text, in order, split as SQLite's unicode61 tokenizer splits them. */
export function words(text: string): string[] {
  return Array.from(fold(text).matchAll(WORD), (m) => m[0]);
}
