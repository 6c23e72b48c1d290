import type { DraftGraph, DraftQuote } from '../../../../src/extract';
import { splitSentences, type SentenceSpan } from '../../../../src/text/sentences';

/**
 * Every quote of a draft that `importSource` could not locate, said in words: not a substring of
 * the text; found more than once without a `within`; a `within` not found exactly once or not
 * holding the quote exactly once; or running across a sentence boundary as `splitSentences`
 * cuts the text. Written from issue 17's promise, not from the importer's code.
 */
export function spanProblems(text: string, graph: DraftGraph): string[] {
  const sentences = splitSentences(text);
  const problems: string[] = [];
  for (const [where, q] of quotesOf(graph)) {
    const problem = problemOf(text, sentences, q);
    if (problem) problems.push(`${where}: ${problem}`);
  }
  return problems;
}

/** Each quote of the draft with where it stands: mentions, and the evidence of positions, relations and figures. */
export function quotesOf(graph: DraftGraph): [string, DraftQuote][] {
  return [
    ...graph.entities.flatMap((e) => e.mentions.map((q, i) => [`${e.id}.mentions[${i}]`, q] as [string, DraftQuote])),
    ...graph.positions.flatMap((p, n) =>
      p.evidence.map((q, i) => [`positions[${n}].evidence[${i}]`, q] as [string, DraftQuote]),
    ),
    ...graph.relations.flatMap((r, n) =>
      r.evidence.map((q, i) => [`relations[${n}].evidence[${i}]`, q] as [string, DraftQuote]),
    ),
    ...graph.figures.flatMap((f, n) =>
      f.evidence.map((q, i) => [`figures[${n}].evidence[${i}]`, q] as [string, DraftQuote]),
    ),
  ];
}

function problemOf(text: string, sentences: readonly SentenceSpan[], q: DraftQuote): string | null {
  if (typeof q.quote !== 'string' || q.quote.length === 0) return 'an empty quote';
  const times = occurrences(text, q.quote);
  if (times === 0) return `"${q.quote}" is not in the text`;
  let start: number;
  if (q.within === undefined) {
    if (times > 1) return `"${q.quote}" occurs ${times} times and has no within`;
    start = text.indexOf(q.quote);
  } else {
    const outer = occurrences(text, q.within);
    if (outer !== 1) return `within "${q.within}" occurs ${outer} times in the text`;
    const inner = occurrences(q.within, q.quote);
    if (inner !== 1) return `within "${q.within}" holds "${q.quote}" ${inner} times`;
    start = text.indexOf(q.within) + q.within.indexOf(q.quote);
  }
  const end = start + q.quote.length;
  if (!sentences.some((s) => s.start <= start && end <= s.end)) return `"${q.quote}" runs across a sentence boundary`;
  return null;
}

/** How often `needle` occurs in `haystack`, overlapping occurrences counted. */
export function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}
