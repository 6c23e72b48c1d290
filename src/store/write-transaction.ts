import { type Kysely, sql } from 'kysely';
import { chunks } from './chunks';
import type { Database } from './database';
import { Refusal } from './refusal';
import type { StoreDialect } from './store-dialect';
import { WriteQueue } from './write-queue';
import { WriteSteps } from './write-steps';
import type { WriteAuthor, WriteResult } from './write-records';

/** What one write records in the history. */
export interface ChangeEntry {
  operation: string;
  entityIds: string[];
  before: unknown;
  after: unknown;
}

/** Writes one process lets wait for their turn (`WriteQueue`); past this, a write is refused at once. */
export const MAX_WAITING_WRITES = 32;

/** One queue per database handle: the store's writes all go through the same one. */
const queues = new WeakMap<Kysely<Database>, WriteQueue>();

/**
 * Runs one write: its turn in this process first (`WriteQueue`, before a connection is taken),
 * then the dialect's write lock (writers of other processes take turns with it), then `run`,
 * then the graph version bumped and the change recorded, all in one transaction. `run` throws a
 * `Refusal` to roll everything back and answer with its problems; a `null` change (nothing
 * to do) records nothing and leaves the graph version as it was.
 *
 * A write for a request (`author.gate`) commits only while the request waits for it: its
 * statements stop once the request is answered without it (`WriteSteps`), and right before
 * COMMIT it asks `gate.mayCommit()`, rolling back when the request was answered. So a write
 * answered as timed out has not committed, and one that committed is answered as committed.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  author: WriteAuthor,
  run: (trx: Kysely<Database>) => Promise<{ value: T; change: ChangeEntry | null }>,
): Promise<WriteResult<T>> {
  const { gate } = author;
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = new WriteQueue(MAX_WAITING_WRITES)));
  await queue.turn(gate?.signal);
  try {
    return await db.transaction().execute(async (transaction) => {
      const trx = transaction.withPlugin(new WriteSteps(gate));
      await dialect.lockWrites(trx);
      const { value, change } = await run(trx);
      if (change) await recordChange(trx, dialect, author, change);
      if (gate && !gate.mayCommit()) throw gate.signal.reason;
      return { ok: true as const, value };
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problems: error.problems };
    throw error;
  } finally {
    queue.release();
  }
}

async function recordChange(
  trx: Kysely<Database>,
  dialect: StoreDialect,
  author: WriteAuthor,
  change: ChangeEntry,
): Promise<void> {
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
