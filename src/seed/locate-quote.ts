import type { SentenceSpan } from '../text/sentences';
import { SeedError } from './seed-error';
import type { SeedQuote } from './seed-file';

export interface LocatedQuote {
  start: number;
  end: number;
  quote: string;
  sentenceIndex: number;
}

/**
 * Finds the one place a quote stands in the text. A quote found more than once needs a
 * `within` that is found once and holds the quote once; a quote must lie inside one sentence.
 */
export function locateQuote(text: string, sentences: SentenceSpan[], q: SeedQuote, item: string): LocatedQuote {
  let start: number;
  if (q.within !== undefined) {
    const outer = onlyOccurrence(text, q.within, `${item}: within "${q.within}"`);
    const inner = onlyOccurrence(q.within, q.quote, `${item}: quote "${q.quote}" in within "${q.within}"`);
    start = outer + inner;
  } else {
    start = onlyOccurrence(text, q.quote, `${item}: quote "${q.quote}"`, ' (add "within": a longer span found once)');
  }
  const end = start + q.quote.length;
  const sentenceIndex = sentences.findIndex((s) => s.start <= start && end <= s.end);
  if (sentenceIndex < 0) throw new SeedError(`${item}: quote "${q.quote}" runs across a sentence boundary`);
  return { start, end, quote: q.quote, sentenceIndex };
}

function onlyOccurrence(haystack: string, needle: string, what: string, hint = ''): number {
  const first = haystack.indexOf(needle);
  if (first < 0) throw new SeedError(`${what} does not occur in the text`);
  if (haystack.indexOf(needle, first + 1) >= 0) throw new SeedError(`${what} is ambiguous: it occurs more than once${hint}`);
  return first;
}
