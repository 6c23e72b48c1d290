import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { Database } from '../database';
import { KyselyGraphStore } from '../kysely-graph-store';
import { portableMigrations } from '../migrations';
import type { ReadNow } from '../read-now';
import type { StoreDialect } from '../store-dialect';
import { type StoreOptions, queryLog } from '../store-options';
import { sqliteSearch as searchMigration } from './migrations/0002-search';
import { sqliteSearchSteps } from './sqlite-search';
import { sqliteBulkLoad, sqliteDeferIndexes } from './sqlite-bulk-load';
import { sqliteInsertRows } from './sqlite-insert-rows';
import { sqlitePaths } from './sqlite-paths';
import { sqliteWalk } from './sqlite-walk';
import { rawReads } from './raw-reads';
import { withStatementCache } from './statement-cache';
import { walCheckpoints } from './wal-checkpoints';

/**
 * SQLite's own parts: FTS5 search, and walks and paths that read through the connection
 * itself (in-process and synchronous: many small indexed reads cost little).
 */
export function sqliteDialect(connection: Sqlite.Database): StoreDialect {
  return {
    // SQLite's text compares by code point already.
    migrations: { ...portableMigrations('text'), '0002_sqlite_search': searchMigration },
    // One file, one writer at a time: Kysely's migration lock table and SQLite's own write lock suffice.
    withMigrationLock: (db, run) => run(db),
    lockWrites: async () => {},
    insertRows: sqliteInsertRows,
    ...sqliteSearchSteps,
    // json_each turns one JSON array into rows; SQLite then looks each id up in the index.
    inList: (column) => `${column} in (select value from json_each(?))`,
    listParameter: (ids) => JSON.stringify(ids),
    // SQLite binds `?` in the order they appear, so the position is the order of use.
    // Joined from, not matched with `(a, b) in (select ...)`: SQLite runs that as an index
    // search on `a` alone, filtered through the list read twice more (five pairs: 120 µs
    // against 19 µs).
    pairsTable: () => `(select value ->> 0 as first_key, value ->> 1 as second_key from json_each(?))`,
    pairsParameter: (pairs) => JSON.stringify(pairs),
    bulkLoad: sqliteBulkLoad(connection),
    deferIndexes: sqliteDeferIndexes,
    // SQLite plans without table statistics: nothing to keep up.
    bulkProgress: async () => {},
    walk: sqliteWalk(connection),
    paths: sqlitePaths(connection),
  };
}

/** Bytes of the database file mapped into memory for reads. */
const MMAP_BYTES = 4 * 1024 ** 3;

/**
 * Opens (creating its folder if need be) the embedded database; `:memory:` keeps it in RAM.
 *
 * A file gets two connections: one that reads (Kysely's, the hot raw reads, walks and paths)
 * and one that writes (every write transaction). Kysely's SQLite dialect has one connection
 * behind a mutex, so on one connection a write transaction that pauses for the event loop
 * (`WriteSteps`) still holds every read queued behind it until it commits; with WAL, the
 * reading connection reads the last committed state meanwhile. `:memory:` is one database per
 * connection, so it keeps one, and its reads wait for a write in progress.
 */
export function createSqliteStore(filename: string, options: StoreOptions = {}): KyselyGraphStore {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const database = openConnection(filename);
  const reads = rawReads(database);
  const readNow: ReadNow = (sql, parameters) => {
    // Inside a write transaction the one connection would see writes not yet committed: the
    // read then waits its turn behind the transaction, through Kysely.
    if (database.inTransaction) return undefined;
    options.onQuery?.(sql);
    return reads(sql, parameters);
  };
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
    ...queryLog(options),
  });
  // Opened by the first write, so that a bulk load (which leaves WAL, and so must have the file
  // to itself) can still build a new database first.
  const writeDb =
    filename === ':memory:'
      ? db
      : new Kysely<Database>({
          dialect: new SqliteDialect({ database: async () => writingConnection(filename) }),
          ...queryLog(options),
        });
  return new KyselyGraphStore(db, sqliteDialect(database), undefined, readNow, options.walkCap, writeDb);
}

/** The connection that writes, its checkpoints left to a worker thread (see wal-checkpoints.ts). */
function writingConnection(filename: string): SqliteDatabase {
  const connection = openConnection(filename);
  connection.pragma('wal_autocheckpoint = 0');
  const checkpoints = walCheckpoints(filename, () => {
    if (connection.open) connection.pragma('wal_autocheckpoint = 1000');
  });
  const cached = withStatementCache(connection);
  return {
    prepare: (sql) => cached.prepare(sql),
    close: () => {
      checkpoints.close();
      // The last of the log, at shutdown, where a pause costs no one.
      connection.pragma('wal_checkpoint(PASSIVE)');
      cached.close();
    },
  };
}

function openConnection(filename: string): Sqlite.Database {
  const database = new Sqlite(filename);
  // WAL lets readers go on while the seed writes; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  // A write that was answered is on disk: FULL syncs the WAL at every commit (NORMAL would
  // survive the process dying, but not the machine).
  database.pragma('synchronous = FULL');
  // The temporary tables a statement builds for itself (`in (select ...)` lists, a union's
  // merge, an `order by` no index gives) live in memory, not in a temporary file: about 1 µs
  // less per hot lookup here (the entity page's link lookup 12.4 -> 11.4 µs, a relation page
  // 24.7 -> 23.5 µs; on a fresh copy of the database opened alone, 31 -> 10 µs).
  database.pragma('temp_store = MEMORY');
  // Reads straight from the file's pages in memory rather than through a read() call per page
  // missed in SQLite's small cache: 300 random entities of 1,000,000 load in 1.8 ms, not 2.9.
  // The mapping is address space, not memory; the pages are the OS's file cache either way.
  database.pragma(`mmap_size = ${MMAP_BYTES}`);
  return database;
}
