import type { Database as Connection } from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database';

/** Page cache during a bulk load, in KiB (SQLite's negative cache_size): the graph's hot pages. */
const BULK_CACHE_KIB = 1_000_000;

/**
 * Runs a bulk load the way SQLite loads fastest, then puts everything back:
 * - secondary indexes dropped first and built again after, inside the load's transaction
 *   (`sqliteDeferIndexes`), with SQLite's sorter on a second thread and in memory;
 * - a rollback journal instead of the WAL for the one large transaction (the WAL would hold a
 *   copy of every new page, then copy it again into the database), no syncs, a large cache;
 * - foreign keys not checked row by row: the write path checks every link of the graphs itself
 *   (`writeSourceGraph`), and each source they cite exists (checked before they are written).
 * A failed load rolls back. A machine that loses power mid-load (no syncs) can leave the file
 * unusable: a bulk load builds a database, it does not add to one that must survive.
 */
export function sqliteBulkLoad(connection: Connection) {
  return async <T>(db: Kysely<Database>, run: (db: Kysely<Database>) => Promise<T>): Promise<T> =>
    // Kysely's one connection, held throughout: nothing else runs between these statements.
    db.connection().execute(async (conn) => {
      const settings = ['journal_mode', 'synchronous', 'cache_size', 'foreign_keys', 'threads', 'temp_store'].map(
        (name) => [name, connection.pragma(name, { simple: true })] as const,
      );
      connection.pragma('journal_mode = DELETE');
      connection.pragma('synchronous = OFF');
      connection.pragma(`cache_size = -${BULK_CACHE_KIB}`);
      connection.pragma('foreign_keys = OFF');
      connection.pragma('threads = 2');
      // The index builds sort in memory rather than through temporary files (11 s against 16 s
      // for one relations index at 5,000,000 relations).
      connection.pragma('temp_store = MEMORY');
      try {
        return await run(conn);
      } finally {
        for (const [name, value] of settings) connection.pragma(`${name} = ${String(value)}`);
      }
    });
}

/**
 * Drops the secondary indexes (each built again by the returned function: one sort, instead of
 * millions of scattered B-tree inserts while the rows go in). Both run inside the load's
 * transaction, so a load that fails or dies midway leaves the indexes as they were.
 */
export async function sqliteDeferIndexes(trx: Kysely<Database>): Promise<() => Promise<void>> {
  const { rows: indexes } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'index' and sql is not null order by name`.execute(trx);
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(trx);
  return async () => {
    for (const index of indexes) await sql.raw(index.sql).execute(trx);
  };
}
