import type { SentenceSpan } from '../../src/text/sentences';

/**
 * Words that end in a full stop without ending the sentence. Initialisms such as "U.S." are
 * caught by shape instead, so "U.S. President Donald Trump" stays one sentence; the price is
 * that a sentence ending in an initialism runs on into the next.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'rep',
  'pres',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'approx',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A stop, then any closing quotes or brackets, then white space. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)/g;

/**
 * The sentence splitter as it was before it was made linear (src/text/sentences.ts at
 * 66a6ea5), kept as the reference the linear one must match span for span. It is quadratic in
 * a line's length (`isAbbreviation` matches a pattern against the whole line up to each stop):
 * give it texts of kilobytes, not megabytes.
 *
 * Splits a text into sentences. A line break always ends one (titles and datelines stand on
 * their own lines); within a line a sentence ends at `.`, `!` or `?` followed by white space,
 * unless the word before the stop is a known abbreviation or an initialism.
 */
export function referenceSplitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    splitLine(text, lineStart, lineEnd, spans);
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, spans: SentenceSpan[]): void {
  const line = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    if (isAbbreviation(line, m.index)) continue;
    push(spans, from, line, start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(spans, from, line, start, line.length);
}

function isAbbreviation(line: string, stopIndex: number): boolean {
  const before = line.slice(0, stopIndex).match(/(\S+)$/)?.[1] ?? '';
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(before)) return true; // "U.S", "J" of "J. Smith"
  return ABBREVIATIONS.has(before.replace(/^\W+/, '').toLowerCase());
}

function push(spans: SentenceSpan[], offset: number, line: string, start: number, end: number): void {
  const piece = line.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  if (piece.trim().length === 0) return;
  spans.push({ start: offset + start + lead, end: offset + end - trail });
}
