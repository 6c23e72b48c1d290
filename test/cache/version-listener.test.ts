import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeeds } from '../../src/seed/load-seed';
import { closeApp } from '../../src/server/close-app';
import { type App, createApp } from '../../src/server/create-app';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store';
import { TEST_POSTGRES_SETTINGS } from '../helpers/engines';
import { SEED_DIR } from '../helpers/seeded-store';
import { type TcpProxy, tcpProxy } from '../helpers/tcp-proxy';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database';

const QUERY = '{ entity(id: "location:kyiv") { description } }';

/**
 * The LISTEN connection lost and found again: a replica behind a TCP proxy that the test cuts,
 * another store writing directly. While the replica cannot hear writes its version is unknown
 * and nothing is answered from its cache; back, it reads the version again.
 */
describe('graph version over a lost LISTEN connection', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let replica: KyselyGraphStore;
  let writer: KyselyGraphStore;
  let app: App;
  const reports: (number | null)[] = [];
  let waiting: { until: (version: number | null) => boolean; resolve: () => void } | null = null;
  /** Resolves once the replica's watcher has reported a version that `until` accepts. */
  const heard = (until: (version: number | null) => boolean) =>
    new Promise<void>((resolve) => {
      if (until(reports[reports.length - 1])) return resolve();
      waiting = { until, resolve };
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    writer = createPostgresStore(database.url, TEST_POSTGRES_SETTINGS);
    await writer.migrate();
    await loadSeeds(writer, SEED_DIR);
    replica = createPostgresStore(viaProxy.toString(), TEST_POSTGRES_SETTINGS);
    await replica.watchGraphVersion((version) => {
      reports.push(version);
      if (waiting?.until(version)) {
        waiting.resolve();
        waiting = null;
      }
    });
    app = await createApp({ logLevel: 'silent', production: true }, replica);
  });
  afterAll(async () => {
    await closeApp(app, replica);
    await writer.close();
    await proxy.close();
    await database.drop();
  });

  const read = () => app.fastify.inject({ method: 'POST', url: '/graphql', payload: { query: QUERY } });
  async function describeKyiv(description: string) {
    const [{ version, ...kyiv }] = await writer.entitiesByIds(['location:kyiv']);
    expect((await writer.updateEntity({ ...kyiv, description }, version, [], { keyId: null, name: 'test' })).ok).toBe(
      true,
    );
  }

  it('hears the version at the start and each write of another process', async () => {
    const start = await writer.graphVersion();
    expect(reports[0]).toBe(start);
    await describeKyiv('Heard over LISTEN');
    await heard((v) => v === start + 1);
    await read();
    expect((await read()).headers['x-cache']).toBe('hit');
  });

  it('reports the version unknown when the connection is lost, and answers nothing from the cache', async () => {
    await proxy.cut();
    await heard((v) => v === null);
    const response = await read();
    expect(response.headers['x-cache']).toBeUndefined();
  });

  it('reads the version again once the connection is back, with the writes it missed', async () => {
    await describeKyiv('Written while the replica was deaf');
    const missed = await writer.graphVersion();
    await proxy.restore();
    await heard((v) => v === missed);
    const response = await read();
    expect(response.json<{ data: { entity: { description: string } } }>().data.entity.description).toBe(
      'Written while the replica was deaf',
    );
    expect(response.headers['x-cache']).toBe('miss');
  });
});
