import type { Kysely } from 'kysely';
import type { EntityType } from '../domain/entity-type';
import { UserErrorCode } from '../domain/user-error-code';
import { insertInChunks } from './chunks';
import type { Database } from './database';
import type { EvidenceInput, StoredEntityRecord } from './records';
import { Refusal } from './refusal';
import { evidenceRow, toEntity } from './rows';
import type { WriteProblem } from './write-records';

/** What an edit (edit-graph.ts) reads and refuses with inside its write transaction: the entity as stored, at its version, of its type. */
export function refuse(code: UserErrorCode, field: string[], message: string): Refusal {
  return new Refusal([{ code, field, message } satisfies WriteProblem]);
}

export function stale(id: string, expectedVersion: number): Refusal {
  return refuse(
    UserErrorCode.CONFLICT,
    ['expectedVersion'],
    `${id} changed since version ${expectedVersion}: read it again and retry`,
  );
}

export async function storedEntity(trx: Kysely<Database>, id: string): Promise<StoredEntityRecord | undefined> {
  const row = await trx.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toEntity(row);
}

export async function mustHave(trx: Kysely<Database>, id: string): Promise<StoredEntityRecord> {
  const entity = await storedEntity(trx, id);
  if (!entity) throw new Error(`${id} vanished inside its own write`);
  return entity;
}

/** The entity at `expectedVersion`; unknown, or at another version, refused. */
export async function current(trx: Kysely<Database>, id: string, expectedVersion: number): Promise<StoredEntityRecord> {
  const entity = await storedEntity(trx, id);
  if (!entity) throw refuse(UserErrorCode.UNKNOWN_REFERENCE, ['id'], `no entity has id "${id}"`);
  if (entity.version !== expectedVersion) {
    throw refuse(
      UserErrorCode.CONFLICT,
      ['expectedVersion'],
      `${id} is at version ${entity.version}, not ${expectedVersion}: read it again and retry`,
    );
  }
  return entity;
}

/** A linked entity: it must exist, and be of one of `types` when given. */
export async function endpoint(
  trx: Kysely<Database>,
  id: string,
  field: string[],
  types?: EntityType[],
): Promise<void> {
  const entity = await storedEntity(trx, id);
  if (!entity) throw refuse(UserErrorCode.UNKNOWN_REFERENCE, field, `no entity has id "${id}"`);
  if (types && !types.includes(entity.type)) {
    throw refuse(UserErrorCode.TYPE_MISMATCH, field, `"${id}" is a ${entity.type}, expected ${types.join(' or ')}`);
  }
}

export async function addEvidence(trx: Kysely<Database>, evidence: EvidenceInput[]): Promise<void> {
  await insertInChunks(evidence, evidenceRow, (rows) =>
    trx
      .insertInto('evidence')
      .values(rows)
      .onConflict((oc) => oc.columns(['owner_id', 'source_id', 'start_offset', 'end_offset']).doNothing())
      .execute(),
  );
}
