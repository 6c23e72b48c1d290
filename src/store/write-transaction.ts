import { type Kysely, sql } from 'kysely';
import { chunks } from './chunks';
import type { Database } from './database';
import { Refusal } from './refusal';
import type { StoreDialect } from './store-dialect';
import type { WriteAuthor, WriteResult } from './write-records';

/** What one write records in the history. */
export interface ChangeEntry {
  operation: string;
  entityIds: string[];
  before: unknown;
  after: unknown;
}

/**
 * Runs one write: the dialect's write lock first (writers take turns), then `run`, then the
 * graph version bumped and the change recorded, all in one transaction. `run` throws a
 * `Refusal` to roll everything back and answer with its problems; a `null` change (nothing
 * to do) records nothing and leaves the graph version as it was.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  author: WriteAuthor,
  run: (trx: Kysely<Database>) => Promise<{ value: T; change: ChangeEntry | null }>,
): Promise<WriteResult<T>> {
  try {
    return await db.transaction().execute(async (trx) => {
      await dialect.lockWrites(trx);
      const { value, change } = await run(trx);
      if (change) await recordChange(trx, dialect, author, change);
      return { ok: true as const, value };
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problems: error.problems };
    throw error;
  }
}

async function recordChange(trx: Kysely<Database>, dialect: StoreDialect, author: WriteAuthor, change: ChangeEntry): Promise<void> {
  const { version } = await trx
    .updateTable('graph_meta')
    .set({ version: sql<number>`version + 1` })
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('changes')
    .values({
      version,
      at: new Date().toISOString(),
      key_id: author.keyId,
      author: author.name,
      operation: change.operation,
      before: change.before == null ? null : JSON.stringify(change.before),
      after: change.after == null ? null : JSON.stringify(change.after),
    })
    .execute();
  const ids = [...new Set(change.entityIds)];
  await dialect.insertRows(
    trx,
    'change_entities',
    ids.map((id) => ({ entity_id: id, version })),
  );
}

/** Bumps the version of each entity (a relation, figure or mention added to it changes what it shows). */
export async function bumpVersions(trx: Kysely<Database>, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  for (const part of chunks(unique)) {
    await trx
      .updateTable('entities')
      .set({ version: sql<number>`version + 1` })
      .where('id', 'in', part)
      .execute();
  }
}
