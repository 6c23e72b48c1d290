import { UserErrorCode } from '../domain/user-error-code';
import type { Occurrence, Occurrences } from '../text/occurrences';
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
 * `path` is where the quote stands in its input (`[..., "evidence", "0"]`); errors point at its
 * `quote` or `within` and carry both, so a page can show what was looked for, and where.
 * `occurrences`, counted over the text beforehand for every quote and `within` of an import,
 * answers in constant time what `indexOf` would find by reading the text (see occurrences.ts).
 */
export function locateQuote(
  text: string,
  sentences: readonly SentenceSpan[],
  q: SeedQuote,
  item: string,
  path: string[] = [],
  occurrences?: Occurrences,
): LocatedQuote {
  const detail = (field: 'quote' | 'within', code: UserErrorCode) => ({ code, path: [...path, field], quote: q.quote, within: q.within ?? null });
  const inText = (needle: string) => occurrences?.of(needle) ?? occurrenceIn(text, needle);
  let start: number;
  if (q.within !== undefined && q.within !== null) {
    const outer = onlyOccurrence(inText(q.within), `${item}: within "${q.within}"`, '', (code) => detail('within', code));
    const inner = onlyOccurrence(occurrenceIn(q.within, q.quote), `${item}: quote "${q.quote}" in within "${q.within}"`, '', (code) =>
      detail('quote', code),
    );
    start = outer + inner;
  } else {
    start = onlyOccurrence(inText(q.quote), `${item}: quote "${q.quote}"`, ' (add "within": a longer span found once)', (code) =>
      detail('quote', code),
    );
  }
  const end = start + q.quote.length;
  const sentenceIndex = sentenceHolding(sentences, start, end);
  if (sentenceIndex < 0) {
    throw new SeedError(`${item}: quote "${q.quote}" runs across a sentence boundary`, detail('quote', UserErrorCode.INVALID));
  }
  return { start, end, quote: q.quote, sentenceIndex };
}

/** How often `needle` occurs in `haystack`, as far as telling none, one and more apart needs: two `indexOf` at most. */
function occurrenceIn(haystack: string, needle: string): Occurrence {
  const first = haystack.indexOf(needle);
  if (first < 0) return { count: 0, first };
  return { count: haystack.indexOf(needle, first + 1) >= 0 ? 2 : 1, first };
}

/**
 * The index of the sentence holding `start` to `end`, or -1. Sentences are in order and do not
 * overlap, so only the last one starting at or before `start` can: a binary search, where
 * trying each sentence made locating every quote of a large import quadratic.
 */
export function sentenceHolding(sentences: readonly SentenceSpan[], start: number, end: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sentences[middle].start <= start) low = middle + 1;
    else high = middle - 1;
  }
  return high >= 0 && end <= sentences[high].end ? high : -1;
}

function onlyOccurrence(
  found: Occurrence,
  what: string,
  hint: string,
  detail: (code: UserErrorCode) => ConstructorParameters<typeof SeedError>[1],
): number {
  if (found.count === 0) throw new SeedError(`${what} does not occur in the text`, detail(UserErrorCode.QUOTE_NOT_FOUND));
  if (found.count > 1) throw new SeedError(`${what} is ambiguous: it occurs more than once${hint}`, detail(UserErrorCode.QUOTE_AMBIGUOUS));
  return found.first;
}
