import type { DatabaseConfig } from '../config';
import type { GraphStore } from './graph-store';
import { createSqliteStore } from './sqlite/create-sqlite-store';

/** The store for a parsed DATABASE_URL, migrated and ready. */
export async function openStore(config: DatabaseConfig): Promise<GraphStore> {
  if (config.dialect === 'postgres') {
    throw new Error('DATABASE_URL postgres://... is not supported yet: use sqlite:PATH or sqlite::memory:');
  }
  const store = createSqliteStore(config.filename);
  await store.migrate();
  return store;
}
