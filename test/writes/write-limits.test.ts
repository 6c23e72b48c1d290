import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { closeApp } from '../../src/server/close-app';
import { type App, createApp } from '../../src/server/create-app';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { Role, createKey } from '../helpers/api-keys';
import type { GraphQLResponseBody } from '../helpers/graphql-response';
import { seededStore } from '../helpers/seeded-store';

const UPDATE =
  'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { version } userErrors { code } } }';
const READ_LIMIT = 10_000;

/** The write side's own limits: a body limit that only a key lifts, a rate per key, and revoked keys. */
describe('write limits', () => {
  let store: KyselyGraphStore;
  let app: App;
  let editor: string;
  let other: string;

  beforeAll(async () => {
    store = await seededStore();
    app = await createApp(
      { logLevel: 'silent', production: true, limits: { bodyLimitBytes: READ_LIMIT, writeRateLimit: 2 } },
      store,
    );
    editor = await createKey(store, Role.EDITOR, 'limited');
    other = await createKey(store, Role.EDITOR, 'other');
  });
  afterAll(async () => {
    await closeApp(app, store);
  });

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    app.fastify.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...headers },
      payload: JSON.stringify(payload),
    });
  const padded = { query: '{ stats { sources } }', variables: { pad: 'x'.repeat(READ_LIMIT) } };

  it('holds a body without a key to the read limit, and lets a key send more', async () => {
    const anonymous = await post(padded);
    expect(anonymous.statusCode).toBe(413);
    expect(anonymous.json<GraphQLResponseBody>().errors?.[0]).toMatchObject({
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'bodySize' },
    });
    const keyed = await post(padded, { authorization: `Bearer ${other}` });
    expect(keyed.statusCode).toBe(200);
    expect(keyed.json<GraphQLResponseBody>().data).toEqual({ stats: { sources: 1 } });
  });

  it('answers a key over its write rate RATE_LIMITED with 429 and Retry-After; other keys and reads go on', async () => {
    const update = async (key: string) => {
      const version = (await store.entitiesByIds(['location:kyiv']))[0].version;
      return post(
        {
          query: UPDATE,
          variables: { input: { id: 'location:kyiv', expectedVersion: version, description: `v${version}` } },
        },
        { authorization: `Bearer ${key}` },
      );
    };
    expect((await update(editor)).statusCode).toBe(200);
    expect((await update(editor)).statusCode).toBe(200);
    const refused = await update(editor);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json<GraphQLResponseBody>().errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect((await update(other)).statusCode).toBe(200);
    expect((await post({ query: '{ stats { sources } }' }, { authorization: `Bearer ${editor}` })).statusCode).toBe(
      200,
    );
  });

  it('refuses a revoked key', async () => {
    const key = await createKey(store, Role.ADMIN, 'short-lived');
    expect(await store.revokeApiKey('short-lived')).toBe(true);
    const response = await post({ query: '{ changes(first: 1) { totalCount } }' }, { authorization: `Bearer ${key}` });
    expect(response.json<GraphQLResponseBody>().errors?.[0]).toMatchObject({
      message: 'The key is not known, or was revoked',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await store.listApiKeys()).find((k) => k.name === 'short-lived')?.revokedAt).toEqual(expect.any(String));
  });
});
