import type { Kysely } from 'kysely';
import { Predicate } from '../domain/predicate';
import { type Contradiction, type StoredFacts, contradictions } from '../writes/rules/stated-facts';
import { inChunks } from './chunks';
import type { Database } from './database';
import type { FigureRecord, RelationRecord } from './records';
import { toFigure, toRelation } from './rows';

/**
 * Reads, inside a write's transaction, what the stored graph says about the relations and
 * figures the write proposes, and returns what contradicts it (`contradictions`). `stored`
 * tells which entities existed before the write: a fact can only be stored already when its
 * ends were, so a bulk load of new entities reads nothing here.
 */
export async function storedContradictions(
  trx: Kysely<Database>,
  proposed: { relations: readonly RelationRecord[]; figures: readonly FigureRecord[] },
  stored: (entityId: string) => boolean,
): Promise<Contradiction[]> {
  const relations = proposed.relations.filter((r) => stored(r.subjectId) && stored(r.objectId));
  // Ids carry their type (`statement:...`), checked by every write path before the store.
  const onePer = (predicate: Predicate, prefix: string) =>
    proposed.relations
      .filter((r) => r.predicate === predicate && r.objectId.startsWith(prefix) && stored(r.objectId))
      .map((r) => r.objectId);
  const spoken = onePer(Predicate.SAID, 'statement:');
  const carried = onePer(Predicate.CARRIED_OUT, 'attack:');
  const figures = proposed.figures.filter((f) => stored(f.attackId));
  if (relations.length + spoken.length + carried.length + figures.length === 0) return [];

  const single = (predicate: Predicate, objectIds: string[]) =>
    inChunks(objectIds, (part) =>
      trx
        .selectFrom('relations')
        .selectAll()
        .where('predicate', '=', predicate)
        .where('object_id', 'in', part)
        .execute(),
    );
  const [speakers, perpetrators, same, figureRows] = await Promise.all([
    single(Predicate.SAID, spoken),
    single(Predicate.CARRIED_OUT, carried),
    inChunks(
      relations.map((r) => r.id),
      (part) => trx.selectFrom('relations').selectAll().where('id', 'in', part).execute(),
    ),
    inChunks(
      figures.map((f) => f.id),
      (part) => trx.selectFrom('figures').selectAll().where('id', 'in', part).execute(),
    ),
  ]);
  const facts: StoredFacts = {
    speakerOf: new Map(speakers.map((r) => [r.object_id, toRelation(r)])),
    perpetratorOf: new Map(perpetrators.map((r) => [r.object_id, toRelation(r)])),
    relations: new Map(same.map((r) => [r.id, toRelation(r)])),
    figures: new Map(figureRows.map((f) => [f.id, toFigure(f)])),
  };
  return contradictions(proposed, facts);
}
