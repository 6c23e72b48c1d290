import { join } from 'node:path';
import { loadSeeds } from '../../src/seed/load-seed';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store';

export const SEED_DIR = join(__dirname, '..', '..', 'seed');

/** A real SQLite store in memory, migrated and loaded with every seed under seed/. */
export async function seededStore(): Promise<KyselyGraphStore> {
  const store = createSqliteStore(':memory:');
  await store.migrate();
  await loadSeeds(store, SEED_DIR);
  return store;
}
