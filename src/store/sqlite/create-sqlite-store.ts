import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../database';
import { KyselyGraphStore } from '../kysely-graph-store';

/** Opens (creating its folder if need be) the embedded database; `:memory:` keeps it in RAM. */
export function createSqliteStore(filename: string): KyselyGraphStore {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const database = new Sqlite(filename);
  // WAL lets readers go on while the seed writes; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  return new KyselyGraphStore(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }));
}
