import { UserErrorCode } from '../domain/user-error-code';
import { SeedError } from '../seed/seed-error';
import { locateQuote } from '../seed/locate-quote';
import type { GraphStore } from '../store/graph-store';
import type { EvidenceInput } from '../store/records';
import type { WriteProblem } from '../store/write-records';

/** Evidence as an edit gives it: words of a stored source. */
export interface CitedQuote {
  source: string;
  quote: string;
  within?: string | null;
}

/**
 * Finds each quote in its stored source, by the seed rules (once, or once inside `within`,
 * inside one sentence), as evidence of every one of `ownerIds`. Sources are never edited, so
 * what is found here still stands when the write runs. `path` is the list's place in the input.
 */
export async function locateEvidence(
  store: GraphStore,
  quotes: readonly CitedQuote[],
  ownerIds: readonly string[],
  path: string[],
): Promise<{ evidence: EvidenceInput[]; problems: WriteProblem[] }> {
  const sourceIds = [...new Set(quotes.map((q) => q.source))];
  const [sources, sentences] = await Promise.all([store.sourcesByIds(sourceIds), store.sentencesBySources(sourceIds)]);
  const evidence: EvidenceInput[] = [];
  const problems: WriteProblem[] = [];
  quotes.forEach((q, i) => {
    const at = [...path, String(i)];
    const source = sources.find((s) => s.id === q.source);
    if (!source) {
      problems.push({
        code: UserErrorCode.UNKNOWN_REFERENCE,
        field: [...at, 'source'],
        message: `no source has id "${q.source}"`,
      });
      return;
    }
    const spans = sentences.filter((s) => s.sourceId === source.id);
    try {
      const located = locateQuote(
        source.text,
        spans,
        { quote: q.quote, within: q.within ?? undefined },
        `${at.join('.')} (${source.id})`,
        at,
      );
      for (const ownerId of ownerIds) evidence.push({ ownerId, sourceId: source.id, ...located });
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      problems.push({
        code: error.code,
        field: error.path,
        message: error.message,
        quote: q.quote,
        within: q.within ?? null,
        sourceId: source.id,
      });
    }
  });
  return { evidence, problems };
}
