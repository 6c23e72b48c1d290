import type { DatabaseConfig, PostgresConfig } from '../config';
import type { GraphStore } from './graph-store';
import { createPostgresStore } from './postgres/create-postgres-store';
import { createSqliteStore } from './sqlite/create-sqlite-store';

/** The store for a parsed DATABASE_URL, migrated and ready. */
export async function openStore(config: DatabaseConfig, postgres: PostgresConfig): Promise<GraphStore> {
  const store =
    config.dialect === 'postgres'
      ? createPostgresStore(config.connectionString, postgres)
      : createSqliteStore(config.filename);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
