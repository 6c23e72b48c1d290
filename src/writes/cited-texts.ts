import { UserErrorCode } from '../domain/user-error-code';
import type { GraphStore } from '../store/graph-store';
import type { WriteProblem } from '../store/write-records';
import { uncitedWords } from './rules/cited-words';

/**
 * The write rule that quoted values are words of a source, for an edit: the sources citing the
 * entity are those its stored evidence points into and those the edit's own evidence names.
 * Sources never change and evidence is only removed with its entity, so what is found here
 * still holds when the write runs.
 */
export async function uncitedInEdit(
  store: GraphStore,
  entity: object & { id: string },
  cited: readonly { source: string }[],
  before?: object,
): Promise<WriteProblem[]> {
  // Only what the edit adds needs a source: an edit that adds no quoted words reads none.
  if (uncitedWords(entity, [], before).length === 0) return [];
  const stored = before ? await store.evidenceByOwners([entity.id]) : [];
  const sourceIds = [...new Set([...stored.map((e) => e.sourceId), ...cited.map((c) => c.source)])];
  const texts = (await store.sourcesByIds(sourceIds)).map((s) => s.text);
  return uncitedWords(entity, texts, before).map(({ field, value }) => ({
    code: UserErrorCode.QUOTE_NOT_FOUND,
    field,
    message: `${field.join('.')} "${value}" is not words of a source citing ${entity.id}`,
    quote: value,
    within: null,
  }));
}
