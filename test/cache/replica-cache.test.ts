import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeeds } from '../../src/seed/load-seed';
import { closeApp } from '../../src/server/close-app';
import { type App, createApp } from '../../src/server/create-app';
import type { GraphStore } from '../../src/store/graph-store';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store';
import { wrapStore } from '../../src/store/wrap-store';
import { TEST_POSTGRES_SETTINGS } from '../helpers/engines';
import type { GraphQLResponseBody } from '../helpers/graphql-response';
import { SEED_DIR } from '../helpers/seeded-store';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database';

const KYIV = 'location:kyiv';
const DESCRIPTION = `{ entity(id: "${KYIV}") { description } }`;
/** Longer than any request below takes: notifications arrive only after the reads that matter. */
const NOTIFICATION_DELAY_MS = 1_500;

/**
 * Two replicas on one PostgreSQL database, the reader's notifications held back as a slow
 * network would: a write acknowledged by one replica is in the very next read on the other,
 * though the reader has a cached answer and has not heard of the write yet.
 */
describe('response cache across replicas (PostgreSQL)', () => {
  let database: TestDatabase;
  let writer: KyselyGraphStore;
  let reader: KyselyGraphStore;
  let app: App;
  const heard: number[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    writer = createPostgresStore(database.url, TEST_POSTGRES_SETTINGS);
    await writer.migrate();
    await loadSeeds(writer, SEED_DIR);
    reader = createPostgresStore(database.url, TEST_POSTGRES_SETTINGS);
    const slowNotifications: GraphStore = wrapStore(reader, ({ method, args, proceed }) => {
      if (method !== 'watchGraphVersion') return proceed();
      const [onChange] = args as [(version: number | null) => void];
      return reader.watchGraphVersion((version) => {
        setTimeout(() => {
          if (version !== null) heard.push(version);
          onChange(version);
        }, NOTIFICATION_DELAY_MS);
      });
    });
    app = await createApp(
      { logLevel: 'silent', production: true, responseCache: { enabled: true, maxBytes: 1_048_576 } },
      slowNotifications,
    );
  }, 30_000);
  afterAll(async () => {
    await closeApp(app, reader);
    await writer.close();
    await database.drop();
  });

  const read = () =>
    app.fastify.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query: DESCRIPTION },
    });
  const description = (body: string) =>
    ((JSON.parse(body) as GraphQLResponseBody).data?.entity as { description: string }).description;

  it('answers the write another replica acknowledged, before its notification arrives', async () => {
    while (heard.length === 0) await new Promise((resolve) => setTimeout(resolve, 50)); // the first version, heard late
    await read();
    const cached = await read();
    expect(cached.headers['x-cache']).toBe('hit');

    const [{ version, ...kyiv }] = await writer.entitiesByIds([KYIV]);
    const written = await writer.updateEntity({ ...kyiv, description: 'Written on the other replica' }, version, [], {
      keyId: null,
      name: 'test',
    });
    expect(written.ok).toBe(true);
    const versionAfterWrite = await writer.graphVersion();
    expect(heard).not.toContain(versionAfterWrite); // the reader has not been told yet

    const after = await read();
    expect(description(after.body)).toBe('Written on the other replica');
    expect(after.headers['x-cache']).toBe('miss');
    const again = await read();
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.body).toBe(after.body);
  });

  it('shares one version read among requests that arrive together', async () => {
    let reads = 0;
    const counted = wrapStore(reader, ({ method, proceed }) => {
      if (method === 'graphVersion') reads++;
      return proceed();
    });
    const second = await createApp(
      { logLevel: 'silent', production: true, responseCache: { enabled: true, maxBytes: 1_048_576 } },
      counted,
    );
    try {
      const payload = { query: DESCRIPTION };
      await second.fastify.inject({ method: 'POST', url: '/graphql', payload });
      reads = 0;
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => second.fastify.inject({ method: 'POST', url: '/graphql', payload })),
      );
      expect(answers.every((answer) => answer.statusCode === 200 && answer.headers['x-cache'] === 'hit')).toBe(true);
      expect(reads).toBeGreaterThan(0);
      expect(reads).toBeLessThan(10);
    } finally {
      await second.apollo.stop(); // the reader store stays open for afterAll
    }
  });
});
