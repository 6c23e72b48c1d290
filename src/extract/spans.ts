import type { DraftQuote } from './draft';

/**
 * The words `text.slice(start, end)` as a draft quotes them: the words alone when they occur
 * once in the text, else with `within`, the shortest span around them, grown a word at a time
 * on either side, that occurs once and holds them once.
 */
export function quoteAt(text: string, start: number, end: number): DraftQuote {
  const quote = text.slice(start, end);
  if (occursOnce(text, quote)) return { quote };
  let from = start;
  let to = end;
  for (let grow = 0; grow < 64; grow++) {
    // Alternate sides: a word to the left, then one to the right, as far as the text allows.
    if (grow % 2 === 0 && from > 0) from = wordStartBefore(text, from);
    else if (to < text.length) to = wordEndAfter(text, to);
    else if (from > 0) from = wordStartBefore(text, from);
    else break;
    const within = text.slice(from, to);
    if (occursOnce(text, within) && occursOnce(within, quote)) return { quote, within };
  }
  return { quote, within: text.slice(from, to) };
}

function occursOnce(haystack: string, needle: string): boolean {
  const first = haystack.indexOf(needle);
  return first >= 0 && haystack.indexOf(needle, first + 1) < 0;
}

/** The start of the word before `at` (with the spaces between), never past a line break. */
function wordStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /[ \t]/.test(text[i - 1])) i--;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return i;
}

function wordEndAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[ \t]/.test(text[i])) i++;
  while (i < text.length && !/\s/.test(text[i])) i++;
  return i;
}
