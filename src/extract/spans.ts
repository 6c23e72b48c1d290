import type { DraftQuote } from './draft';

/** Widest `within` tried, in characters: a window this wide that is still not unique is a repeated passage. */
const MAX_WITHIN = 400;

/**
 * The words `text.slice(start, end)` as a draft quotes them: the words alone when they occur
 * once in the text, else with `within`, the shortest span around them found once that holds
 * them once. Windows grow a word at a time to the left, to the right, or both, across line
 * breaks (an import locates the quote itself in one sentence; `within` only has to be found
 * once). Null when no window up to MAX_WITHIN pins them: the text repeats the whole passage
 * (a headline printed again as the first sentence holds most of its words twice, but its
 * quotes are pinned by the paragraph break or the words after it).
 */
export function quoteAt(text: string, start: number, end: number): DraftQuote | null {
  const quote = text.slice(start, end);
  if (occursOnce(text, quote)) return { quote };
  let best: string | null = null;
  for (const [left, right] of [
    [1, 1],
    [0, 1],
    [1, 0],
  ]) {
    let from = start;
    let to = end;
    while (to - from <= MAX_WITHIN && (best === null || to - from < best.length)) {
      const before = from;
      const after = to;
      if (left) from = wordStartBefore(text, from);
      if (right) to = wordEndAfter(text, to);
      if (from === before && to === after) break;
      const within = text.slice(from, to);
      if (occursOnce(text, within) && occursOnce(within, quote)) {
        if (best === null || within.length < best.length) best = within;
        break;
      }
    }
  }
  return best === null ? null : { quote, within: best };
}

function occursOnce(haystack: string, needle: string): boolean {
  const first = haystack.indexOf(needle);
  return first >= 0 && haystack.indexOf(needle, first + 1) < 0;
}

/** The start of the word before `at`, with the white space between. */
function wordStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return i;
}

function wordEndAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  while (i < text.length && !/\s/.test(text[i])) i++;
  return i;
}
