import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../database';
import { KyselyGraphStore } from '../kysely-graph-store';
import type { StoreDialect } from '../store-dialect';
import { sqliteSearch as searchMigration } from './migrations/0002-search';
import { sqliteIndexForSearch, sqliteSearch } from './sqlite-search';
import { sqliteWalk } from './sqlite-walk';

/** SQLite's own parts: FTS5 search and the recursive walk. */
export const sqliteDialect: StoreDialect = {
  migrations: { '0002_sqlite_search': searchMigration },
  indexForSearch: sqliteIndexForSearch,
  search: sqliteSearch,
  walk: sqliteWalk,
};

/** Opens (creating its folder if need be) the embedded database; `:memory:` keeps it in RAM. */
export function createSqliteStore(filename: string): KyselyGraphStore {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const database = new Sqlite(filename);
  // WAL lets readers go on while the seed writes; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  return new KyselyGraphStore(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), sqliteDialect);
}
