import { fold } from '../text/fold';
import { TITLE_ABBREVIATIONS } from './lexicon';
import type { Token } from './tokens';

/** Helpers over tokens that the rules share. */

const POSSESSIVE = /['’]s$/;

export function isPossessive(t: Token): boolean {
  return POSSESSIVE.test(t.text);
}

/** The word without a possessive ending, folded: "ukraine" of "Ukraine’s". */
export function key(t: Token): string {
  return fold(t.text.replace(POSSESSIVE, ''));
}

export function isCapitalized(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** All capitals and at least two letters: "NATO", "FSB", "U.S.". */
export function isAcronym(t: Token): boolean {
  // A regnal number ("Leo XIV") is part of a name, not an acronym.
  if (/^[IVXLC]+$/.test(t.text)) return false;
  const letters = t.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && /^\p{Lu}/u.test(letters);
}

/** Words joined as one name: nothing but a space or a hyphen between them. */
export function joins(t: Token): boolean {
  return t.post === ' ' || t.post === '-' || (t.post === '. ' && TITLE_ABBREVIATIONS.has(fold(t.text)));
}

export function hasTag(t: Token, ...tags: string[]): boolean {
  return tags.some((tag) => t.tags.has(tag));
}

/** The words of a span of tokens as printed, from the first's start to the last's end. */
export function spanText(text: string, from: Token, to: Token): string {
  return text.slice(from.start, to.end).replace(POSSESSIVE, '');
}

/** The end of a token without its possessive ending. */
export function endOf(t: Token): number {
  return isPossessive(t) ? t.end - 2 : t.end;
}

/** Opening quotation marks or a dash before a word: it starts a clause, as a sentence does. */
export function opensClause(t: Token): boolean {
  return /["“‘(—–]/.test(t.pre);
}
