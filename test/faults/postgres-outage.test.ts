import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeeds } from '../../src/seed/load-seed';
import { closeApp } from '../../src/server/close-app';
import { type App, createApp } from '../../src/server/create-app';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store';
import { TEST_POSTGRES_SETTINGS } from '../helpers/engines';
import { SEED_DIR } from '../helpers/seeded-store';
import { syntheticAttacks } from '../helpers/synthetic-attacks';
import { type TcpProxy, tcpProxy } from '../helpers/tcp-proxy';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database';

const QUERY = '{ entity(id: "location:kyiv") { name } }';

/**
 * PostgreSQL gone mid-run: the service sits behind a TCP proxy to the server, and the test
 * cuts the proxy. The service must say so (503, SERVICE_UNAVAILABLE), keep nothing half
 * written, and come back by itself once the server answers again.
 */
describe('PostgreSQL gone mid-run', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let store: KyselyGraphStore;
  let app: App;
  /** When set, called with each statement the store runs: the test cuts the proxy mid-write. */
  let onStatement: ((sql: string) => void) | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    store = createPostgresStore(viaProxy.toString(), TEST_POSTGRES_SETTINGS, { onQuery: (sql) => onStatement?.(sql) });
    await store.migrate();
    await loadSeeds(store, SEED_DIR);
    app = await createApp({ logLevel: 'silent', production: true }, store);
  });
  afterAll(async () => {
    await closeApp(app, store);
    await proxy.close();
    await database.drop();
  });

  const readiness = async () => (await app.fastify.inject({ method: 'GET', url: '/readyz' })).statusCode;
  const graphql = async () => {
    const response = await app.fastify.inject({ method: 'POST', url: '/graphql', payload: { query: QUERY } });
    return response.json<{
      data?: { entity: { name: string } | null };
      errors?: { message: string; extensions: Record<string, unknown> }[];
    }>();
  };

  it('answers while the server is there', async () => {
    expect(await readiness()).toBe(200);
    expect((await graphql()).data).toEqual({ entity: { name: 'Kyiv' } });
  });

  it('answers 503 on /readyz and SERVICE_UNAVAILABLE, with no stack or SQL, when it is gone', async () => {
    await proxy.cut();
    expect(await readiness()).toBe(503);
    const body = await graphql();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(error.message).toBe('The database cannot be reached; try again shortly.');
    expect(JSON.stringify(body)).not.toMatch(/select|ECONN|127\.0\.0\.1|at .*\.js/i);
  });

  it('keeps nothing of a write cut off half way', async () => {
    await proxy.restore();
    let cut = false;
    onStatement = (sql) => {
      if (!cut && /insert into "?relations"?/.test(sql)) {
        cut = true;
        void proxy.cut();
      }
    };
    const graph = syntheticAttacks(1_500);
    await expect(store.saveSourceGraph(graph)).rejects.toHaveProperty('extensions.code', 'SERVICE_UNAVAILABLE');
    onStatement = undefined;
    expect(cut).toBe(true);
    await proxy.restore();
    await eventually(async () => expect(await readiness()).toBe(200));
    expect((await store.listSources()).map((s) => s.id)).toEqual(['source:aljazeera-kyiv-drone-strikes']);
    expect(await store.entitiesByIds(['attack:synthetic-0', 'location:town-0'])).toEqual([]);
  }, 30_000);

  it('recovers by itself when the server is back, without a restart', async () => {
    await proxy.cut();
    expect(await readiness()).toBe(503);
    await proxy.restore();
    await eventually(async () => expect(await readiness()).toBe(200));
    const body = await graphql();
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ entity: { name: 'Kyiv' } });
  }, 30_000);
});

/** Retries `check` for up to five seconds: the pool may hand out a dead connection once before dropping it. */
async function eventually(check: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
