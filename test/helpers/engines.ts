import { describe } from '@jest/globals';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store';
import type { StoreOptions } from '../../src/store/store-options';
import { type EngineName, selectedEngines } from './engine-selection';
import { createTestDatabase } from './test-database';

/** A database engine the store runs on; `open` gives a migrated, empty store of its own. */
export interface Engine {
  name: EngineName;
  open(options?: StoreOptions): Promise<KyselyGraphStore>;
}

export const TEST_POSTGRES_SETTINGS = { poolSize: 4, statementTimeoutMs: 10_000 };

export const sqlite: Engine = {
  name: 'SQLite',
  async open(options) {
    const store = createSqliteStore(':memory:', options);
    await store.migrate();
    return store;
  },
};

/** Each store gets a fresh database, dropped when the store closes. */
export const postgres: Engine = {
  name: 'PostgreSQL',
  async open(options) {
    const database = await createTestDatabase();
    const store = createPostgresStore(database.url, TEST_POSTGRES_SETTINGS, options);
    await store.migrate();
    const close = store.close.bind(store);
    store.close = async () => {
      await close();
      await database.drop();
    };
    return store;
  },
};

/** The engines `ENGINES` selects (engine-selection.ts): both unless it narrows them. */
export const engines: Engine[] = [sqlite, postgres].filter((engine) => selectedEngines().has(engine.name));

/** The enclosing tests once per engine, under "on SQLite" and "on PostgreSQL", with the same expectations. */
export function forEachEngine(tests: (engine: Engine) => void): void {
  describe.each(engines.map((e) => [e.name, e] as const))('on %s', (_name, engine) => tests(engine));
}
