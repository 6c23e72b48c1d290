import { UserErrorCode } from '../domain/user-error-code';
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
 */
export function locateQuote(text: string, sentences: SentenceSpan[], q: SeedQuote, item: string, path: string[] = []): LocatedQuote {
  const detail = (field: 'quote' | 'within', code: UserErrorCode) => ({ code, path: [...path, field], quote: q.quote, within: q.within ?? null });
  let start: number;
  if (q.within !== undefined && q.within !== null) {
    const outer = onlyOccurrence(text, q.within, `${item}: within "${q.within}"`, '', (code) => detail('within', code));
    const inner = onlyOccurrence(q.within, q.quote, `${item}: quote "${q.quote}" in within "${q.within}"`, '', (code) => detail('quote', code));
    start = outer + inner;
  } else {
    start = onlyOccurrence(text, q.quote, `${item}: quote "${q.quote}"`, ' (add "within": a longer span found once)', (code) =>
      detail('quote', code),
    );
  }
  const end = start + q.quote.length;
  const sentenceIndex = sentences.findIndex((s) => s.start <= start && end <= s.end);
  if (sentenceIndex < 0) {
    throw new SeedError(`${item}: quote "${q.quote}" runs across a sentence boundary`, detail('quote', UserErrorCode.INVALID));
  }
  return { start, end, quote: q.quote, sentenceIndex };
}

function onlyOccurrence(
  haystack: string,
  needle: string,
  what: string,
  hint: string,
  detail: (code: UserErrorCode) => ConstructorParameters<typeof SeedError>[1],
): number {
  const first = haystack.indexOf(needle);
  if (first < 0) throw new SeedError(`${what} does not occur in the text`, detail(UserErrorCode.QUOTE_NOT_FOUND));
  if (haystack.indexOf(needle, first + 1) >= 0) {
    throw new SeedError(`${what} is ambiguous: it occurs more than once${hint}`, detail(UserErrorCode.QUOTE_AMBIGUOUS));
  }
  return first;
}
