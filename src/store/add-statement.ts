import type { Kysely } from 'kysely';
import { Predicate } from '../domain/predicate';
import { PREDICATE_RULES } from '../domain/predicate-rules';
import { UserErrorCode } from '../domain/user-error-code';
import { selfRelation } from '../writes/rules/stated-facts';
import { insertInChunks } from './chunks';
import type { Database } from './database';
import { addEvidence, endpoint, mustHave, refuse, storedEntity } from './edit-checks';
import { changeDegrees } from './entity-degrees';
import type { EvidenceInput, RelationRecord, StatementRecord, StoredEntityRecord } from './records';
import { entityRow, relationRow } from './rows';
import type { StoreDialect } from './store-dialect';
import { type ChangeEntry, bumpVersions } from './write-transaction';

/**
 * `addStatement` inside its write transaction: the statement is new, its relations name no
 * entity twice and none of them itself, their other ends exist with the types the predicate
 * takes; then the rows, the search index, the degrees, the evidence and the versions.
 */
export async function addStatementIn(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  statement: StatementRecord,
  relations: RelationRecord[],
  evidence: EvidenceInput[],
): Promise<{ value: StoredEntityRecord; change: ChangeEntry }> {
  if (await storedEntity(trx, statement.id))
    throw refuse(UserErrorCode.CONFLICT, ['id'], `${statement.id} exists already`);
  const field = (i: number) => (relations[i].predicate === Predicate.SAID ? ['speaker'] : ['about', String(i - 1)]);
  const seen = new Set<string>();
  for (const [i, relation] of relations.entries()) {
    const self = selfRelation(relation);
    if (self) throw refuse(UserErrorCode.INVALID, field(i), self);
    if (seen.has(relation.id)) throw refuse(UserErrorCode.INVALID, field(i), `${relation.objectId} is named twice`);
    seen.add(relation.id);
  }
  await trx.insertInto('entities').values(entityRow(statement)).execute();
  for (const [i, relation] of relations.entries()) {
    const rule = PREDICATE_RULES[relation.predicate];
    const other = relation.predicate === Predicate.SAID ? relation.subjectId : relation.objectId;
    await endpoint(trx, other, field(i), relation.predicate === Predicate.SAID ? rule.subject : rule.object);
  }
  await dialect.indexForSearch(trx, [statement]);
  await insertInChunks(relations, relationRow, (rows) => trx.insertInto('relations').values(rows).execute());
  await changeDegrees(
    trx,
    relations.flatMap((r) => [r.subjectId, r.objectId]),
    1,
  );
  await addEvidence(trx, evidence);
  const linked = relations.map((r) => (r.subjectId === statement.id ? r.objectId : r.subjectId));
  await bumpVersions(trx, linked);
  const after = await mustHave(trx, statement.id);
  return {
    value: after,
    change: {
      operation: 'addStatement',
      entityIds: [statement.id, ...linked],
      before: null,
      after: { statement: after, relations },
    },
  };
}
