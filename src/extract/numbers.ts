import { fold } from '../text/fold';
import { NUMBER_WORDS } from './event-words';
import type { Token } from './tokens';

/** A count written in digits or words, and the tokens it takes ("Forty-three", "a dozen", "1,000"). */
export interface Count {
  value: number;
  from: number;
  to: number;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+$|^\d+$/;
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/**
 * The count that starts at `tokens[i]`, if one does: digits ("145", "15,000"), number words
 * ("nine", "Forty-three"), a dozen ("a dozen", "two dozen") and hundreds ("two hundred").
 * Vague amounts ("dozens", "hundreds") are no count.
 */
export function countAt(tokens: readonly Token[], i: number): Count | null {
  const t = tokens[i];
  const word = fold(t.text);
  if (DIGITS.test(t.text)) return { value: Number(t.text.replace(/,/g, '')), from: i, to: i };
  if ((word === 'a' || word === 'an') && fold(tokens[i + 1]?.text ?? '') === 'dozen')
    return { value: 12, from: i, to: i + 1 };
  const base = NUMBER_WORDS[word];
  if (base === undefined || word === 'dozen' || word === 'hundred') return null;
  let value = base;
  let to = i;
  const next = tokens[i + 1];
  if (
    TENS.has(word) &&
    t.post === '-' &&
    next &&
    NUMBER_WORDS[fold(next.text)] !== undefined &&
    NUMBER_WORDS[fold(next.text)] < 10
  ) {
    value += NUMBER_WORDS[fold(next.text)];
    to = i + 1;
  }
  const after = fold(tokens[to + 1]?.text ?? '');
  if (after === 'dozen') return { value: value * 12, from: i, to: to + 1 };
  if (after === 'hundred') return { value: value * 100, from: i, to: to + 1 };
  return { value, from: i, to };
}
