import { wordSpans, words } from '../text/words';

export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';

export interface SearchCandidate {
  id: string;
  name: string;
  aliases: string[];
  /** Longer text searched after the names: description, a statement's words. */
  body: string | null;
}

/**
 * Scores a candidate for the query's words: every query word must start a word of the
 * name, an alias or the body. Names weigh more than the body, whole words more than
 * prefixes. Returns null when a query word is not found.
 */
export function scoreCandidate(candidate: SearchCandidate, queryWords: string[]): { score: number; snippet: string } | null {
  const labels = [candidate.name, ...candidate.aliases];
  let score = 0;
  let snippetSource: string | null = null;
  for (const q of queryWords) {
    const inLabel = labels.map((label) => matchQuality(label, q)).reduce((a, b) => Math.max(a, b), 0);
    const inBody = candidate.body ? matchQuality(candidate.body, q) * 0.5 : 0;
    if (inLabel === 0 && inBody === 0) return null;
    score += Math.max(inLabel, inBody);
    if (snippetSource === null) {
      snippetSource = inLabel >= inBody ? labels.find((l) => matchQuality(l, q) === inLabel) ?? candidate.name : candidate.body;
    }
  }
  return {
    score: Math.round((score / queryWords.length) * 1000) / 1000,
    snippet: markWords(snippetSource ?? candidate.name, queryWords),
  };
}

/** 1 for a whole word, 0.7 for a word prefix, 0 for no match. */
function matchQuality(text: string, queryWord: string): number {
  let best = 0;
  for (const w of words(text)) {
    if (w === queryWord) return 1;
    if (w.startsWith(queryWord)) best = 0.7;
  }
  return best;
}

/** Wraps each word of `text` that a query word starts in `<mark>`…`</mark>`. */
export function markWords(text: string, queryWords: string[]): string {
  let out = '';
  let last = 0;
  for (const span of wordSpans(text)) {
    if (!queryWords.some((q) => span.word.startsWith(q))) continue;
    out += text.slice(last, span.start) + MARK_OPEN + text.slice(span.start, span.end) + MARK_CLOSE;
    last = span.end;
  }
  return out + text.slice(last);
}
