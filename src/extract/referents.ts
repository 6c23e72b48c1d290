import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import type { ResolvedEntity } from './entities';
import { TITLE_HEADS } from './lexicon';

/**
 * Whom "he", "she", "it", "they" or "the governor" refers back to: the last one named before
 * that fits — a person for "he" and "she", a body for "it" and "they", for "the <noun>" one
 * whose title or name holds the noun ("the governor", "the ministry", "the source"), else,
 * when the noun is an office, the last person named. `earlier` runs from the nearest back.
 */
export function referentOf(
  word: string,
  next: string | undefined,
  earlier: readonly ResolvedEntity[],
  titles: ReadonlyMap<ResolvedEntity, string[]>,
): ResolvedEntity | null {
  const w = fold(word);
  if (w === 'he' || w === 'she') return earlier.find((e) => e.type === EntityType.PERSON) ?? null;
  if (w === 'it' || w === 'they') return earlier.find((e) => e.type === EntityType.ORGANIZATION) ?? null;
  if (w !== 'the' || next === undefined) return null;
  const noun = fold(next);
  const holds = (words: string) => fold(words).split(/\W+/).includes(noun);
  const named = earlier.find(
    (e) => (titles.get(e) ?? []).some(holds) || (e.type !== EntityType.LOCATION && holds(e.name)),
  );
  if (named) return named;
  return TITLE_HEADS.has(noun)
    ? (earlier.find((e) => e.type === EntityType.PERSON && !e.mentions.some((m) => m.anonymous)) ?? null)
    : null;
}
