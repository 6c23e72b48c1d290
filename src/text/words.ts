import { fold } from './fold';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return Array.from(fold(text).matchAll(WORD), (m) => m[0]);
}

/** Each word of `text` with its offsets in the original string. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  return Array.from(text.matchAll(WORD), (m) => ({
    word: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
