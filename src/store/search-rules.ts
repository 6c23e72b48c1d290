import { editDistance } from '../text/edit-distance';
import { fold } from '../text/fold';
import { words } from '../text/words';
import type { SearchHit } from './records';

/** The search contract both dialects keep: typo matching on words of five letters or more, ... */
export const FUZZY_MIN_LENGTH = 5;
/** ... within two edits, ... */
export const FUZZY_MAX_EDITS = 2;
/**
 * ... on words a vocabulary keeps: up to 64 characters. A longer run of letters is no word a
 * reader mistypes, and PostgreSQL's index on the vocabulary refuses a term past 2,704 bytes.
 */
export const FUZZY_MAX_LENGTH = 64;
/** ... at most this many alternatives per word, the closest first; ... */
const FUZZY_TERMS = 12;
/** ... and a hit found only through a typo counts half. */
const FUZZY_PENALTY = 0.5;
const MARK = /<mark>(.*?)<\/mark>/g;

/**
 * The query's words, folded, each once; an initialism such as "U.S." becomes the phrase
 * "u s", the way the index tokenized it, rather than two one-letter prefixes matching all.
 */
export function queryUnits(text: string): string[] {
  const units = Array.from(text.matchAll(/(?:\p{L}\.){2,}|[^\s]+/gu), (m) =>
    /^(?:\p{L}\.){2,}$/u.test(m[0]) ? words(m[0]).join(' ') : words(m[0]),
  ).flat();
  return [...new Set(units.filter((u) => u.length > 0))];
}

/** Of a dialect's vocabulary candidates for `word`, the ones within two edits that are not prefix matches already, closest first. */
export function closestTerms(word: string, candidates: string[]): string[] {
  return candidates
    .filter((term) => !term.startsWith(word))
    .map((term) => ({ term, distance: editDistance(word, term, FUZZY_MAX_EDITS) }))
    .filter((t) => t.distance <= FUZZY_MAX_EDITS)
    .sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : 1))
    .slice(0, FUZZY_TERMS)
    .map((t) => t.term);
}

/** One row a dialect found: its rank, its texts with matched words in `<mark>`, and its snippet. */
export interface RankedRow {
  id: string;
  rank: number;
  markedTexts: string[];
  snippet: string | null;
}

/**
 * Hits in score order (ties by id): a row whose marks do not cover every query word was found
 * through a typo and counts half. Scores to four significant figures: enough to order, stable to read.
 */
export function rankHits(rows: RankedRow[], queryWords: string[], first: number): SearchHit[] {
  const hits = rows.map((r) => {
    const marked = r.markedTexts.flatMap((t) => [...t.matchAll(MARK)].map((m) => fold(m[1])));
    const spelledRight = queryWords.every((w) => marked.some((m) => m.startsWith(w)));
    return {
      entityId: r.id,
      score: Number((r.rank * (spelledRight ? 1 : FUZZY_PENALTY)).toPrecision(4)),
      snippet: r.snippet,
    };
  });
  hits.sort((a, b) => b.score - a.score || (a.entityId < b.entityId ? -1 : 1));
  return hits.slice(0, first);
}
