import { join } from 'node:path';
import { loadSeeds } from '../../src/seed/load-seed';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import type { StoreOptions } from '../../src/store/store-options';
import { type Engine, sqlite } from './engines';

export const SEED_DIR = join(__dirname, '..', '..', 'seed');

/** A real store on `engine` (SQLite in memory by default), migrated and loaded with every seed under seed/. */
export async function seededStore(engine: Engine = sqlite, options?: StoreOptions): Promise<KyselyGraphStore> {
  const store = await engine.open(options);
  await loadSeeds(store, SEED_DIR);
  return store;
}
