import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LightMyRequestResponse } from 'fastify';
import { closeApp } from '../../src/server/close-app';
import { type App, createApp } from '../../src/server/create-app';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { wrapStore } from '../../src/store/wrap-store';
import { Role, createKey } from '../helpers/api-keys';
import { forEachEngine } from '../helpers/engines';
import type { GraphQLResponseBody } from '../helpers/graphql-response';
import { OPERATIONS } from '../helpers/operations';
import { seededStore } from '../helpers/seeded-store';

const KYIV = { id: 'location:kyiv' };
const DESCRIPTION = '{ entity(id: "location:kyiv") { description } }';

/**
 * The response cache on both engines, through the app as clients use it: a repeated read is
 * answered from the cache, and a read after an acknowledged write shows the write.
 */
forEachEngine((engine) => {
  describe('response cache', () => {
    let store: KyselyGraphStore;
    let app: App;
    let editor: string;

    beforeAll(async () => {
      store = await seededStore(engine);
      app = await createApp(
        { logLevel: 'silent', production: true, responseCache: { enabled: true, maxBytes: 1_048_576 } },
        store,
      );
      editor = await createKey(store, Role.EDITOR, 'cache-editor');
    });
    afterAll(() => closeApp(app, store));

    const post = (payload: object, headers: Record<string, string> = {}) =>
      app.fastify.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...headers },
        payload,
      });
    const get = (query: string, headers: Record<string, string> = {}) =>
      app.fastify.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent(query)}`, headers });
    const entityPage = () => post({ query: OPERATIONS, operationName: 'EntityPage', variables: KYIV });

    async function updateKyiv(change: Record<string, unknown>) {
      const { version } = (await store.entitiesByIds([KYIV.id]))[0];
      const response = await post(
        {
          query: OPERATIONS,
          operationName: 'UpdateEntity',
          variables: { input: { id: KYIV.id, expectedVersion: version, ...change } },
        },
        { authorization: `Bearer ${editor}` },
      );
      expect(response.json<GraphQLResponseBody>().data?.updateEntity).toMatchObject({ userErrors: [] });
      return response;
    }

    it('answers a repeated read with the same bytes from the cache, extensions.cost included', async () => {
      const first = await entityPage();
      const second = await entityPage();
      expect(first.statusCode).toBe(200);
      expect(first.headers['x-cache']).toBe('miss');
      expect(second.headers['x-cache']).toBe('hit');
      expect(second.body).toBe(first.body);
      expect(second.headers['content-type']).toBe(first.headers['content-type']);
      expect(second.json<GraphQLResponseBody>().extensions?.cost?.requested).toEqual(expect.any(Number));
    });

    it('shows a write acknowledged over HTTP to the very next read (read, write, read)', async () => {
      await post({ query: DESCRIPTION });
      expect((await post({ query: DESCRIPTION })).headers['x-cache']).toBe('hit');
      await updateKyiv({ description: 'Capital of Ukraine, written over HTTP' });
      const after = await post({ query: DESCRIPTION });
      expect(description(after)).toBe('Capital of Ukraine, written over HTTP');
      expect(after.headers['x-cache']).toBe('miss');
    });

    it('shows a write made through the store itself to the next read', async () => {
      await post({ query: DESCRIPTION });
      const [kyiv] = await store.entitiesByIds([KYIV.id]);
      const { version, ...entity } = kyiv;
      const result = await store.updateEntity(
        { ...entity, description: 'Capital of Ukraine, written by the store' },
        version,
        [],
        {
          keyId: null,
          name: 'test',
        },
      );
      expect(result.ok).toBe(true);
      expect(description(await post({ query: DESCRIPTION }))).toBe('Capital of Ukraine, written by the store');
    });

    it('never answers a mutation from the cache: the same mutation sent twice runs twice', async () => {
      const { version } = (await store.entitiesByIds([KYIV.id]))[0];
      const send = () =>
        post(
          {
            query: OPERATIONS,
            operationName: 'UpdateEntity',
            variables: { input: { id: KYIV.id, expectedVersion: version, description: 'Capital of Ukraine' } },
          },
          { authorization: `Bearer ${editor}` },
        );
      const codes = async () =>
        (
          (await send()).json<GraphQLResponseBody>().data?.updateEntity as { userErrors: { code: string }[] }
        ).userErrors.map((e) => e.code);
      expect(await codes()).toEqual([]);
      expect(await codes()).toEqual(['CONFLICT']);
    });

    it('never shares answers with requests that carry a key, nor keeps answers with errors', async () => {
      await post({ query: DESCRIPTION });
      const keyed = await post({ query: DESCRIPTION }, { authorization: `Bearer ${editor}` });
      expect(keyed.headers['x-cache']).toBeUndefined();
      expect(keyed.headers['cache-control']).toBe('no-store');
      const broken = '{ entity(id: "location:kyiv") { nope } }';
      for (const response of [await post({ query: broken }), await post({ query: broken })]) {
        expect(response.json<GraphQLResponseBody>().errors).toBeDefined();
        expect(response.headers['x-cache']).toBeUndefined();
      }
    });

    it('keys answers by their variables and operation', async () => {
      const kyiv = await post({ query: OPERATIONS, operationName: 'EntityPage', variables: KYIV });
      const moscow = await post({
        query: OPERATIONS,
        operationName: 'EntityPage',
        variables: { id: 'location:moscow' },
      });
      expect(moscow.body).not.toBe(kyiv.body);
      expect((moscow.json<GraphQLResponseBody>().data?.entity as { id: string }).id).toBe('location:moscow');
    });

    describe('over GET', () => {
      it('says how shared caches may keep the answer, and answers 304 while the graph is unchanged', async () => {
        const first = await get(DESCRIPTION);
        expect(first.statusCode).toBe(200);
        expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
        expect(first.headers.vary).toBe('accept, authorization');
        const etag = first.headers.etag as string;
        expect(etag).toMatch(/^"\d+-[\w-]+"$/);
        const revalidated = await get(DESCRIPTION, { 'if-none-match': etag });
        expect(revalidated.statusCode).toBe(304);
        expect(revalidated.body).toBe('');
        expect(revalidated.headers.etag).toBe(etag);
        expect((await get(DESCRIPTION, { 'if-none-match': `W/${etag}, "other"` })).statusCode).toBe(304);
        expect((await get('{ sources { id } }', { 'if-none-match': etag })).statusCode).toBe(200);
      });

      it('answers the new data, with a new ETag, once a write changed the graph', async () => {
        const before = await get(DESCRIPTION);
        await updateKyiv({ description: 'Capital of Ukraine, after the ETag' });
        const after = await get(DESCRIPTION, { 'if-none-match': before.headers.etag as string });
        expect(after.statusCode).toBe(200);
        expect(description(after)).toBe('Capital of Ukraine, after the ETag');
        expect(after.headers.etag).not.toBe(before.headers.etag);
      });

      it('keeps no-store on POST answers and on GET answers with errors', async () => {
        expect((await post({ query: DESCRIPTION })).headers['cache-control']).toBe('no-store');
        const broken = await get('{ entity(id: "location:kyiv") { nope } }');
        expect(broken.headers['cache-control']).toBe('no-store');
        expect(broken.headers.etag).toBeUndefined();
      });
    });
  });

  describe('response cache racing a write', () => {
    let store: KyselyGraphStore;
    let app: App;
    /** Set to hold the next read of entities once it has read, until `release` resolves. */
    let gate: { reached: () => void; release: Promise<void> } | null = null;

    beforeAll(async () => {
      store = await seededStore(engine);
      // A request that already has the old data in hand when a write commits under it.
      const held = wrapStore(store, async ({ method, proceed }) => {
        const result = await proceed();
        if (method === 'entitiesByIds' && gate) {
          const { reached, release } = gate;
          gate = null;
          reached();
          await release;
        }
        return result;
      });
      app = await createApp({ logLevel: 'silent', production: true }, held);
    });
    afterAll(() => closeApp(app, store));

    it('never answers, after the write, what a read computed before it', async () => {
      const read = () => app.fastify.inject({ method: 'POST', url: '/graphql', payload: { query: DESCRIPTION } });
      let release = () => {};
      const reached = new Promise<void>((resolve) => {
        gate = { reached: resolve, release: new Promise<void>((done) => (release = done)) };
      });
      const racing = read();
      await reached;
      const [{ version, ...kyiv }] = await store.entitiesByIds([KYIV.id]);
      const written = await store.updateEntity({ ...kyiv, description: 'Written during a read' }, version, [], {
        keyId: null,
        name: 'test',
      });
      expect(written.ok).toBe(true);
      release();
      const before = await racing;
      expect(description(before)).not.toBe('Written during a read');
      const after = await read();
      expect(description(after)).toBe('Written during a read');
    });
  });
});

function description(response: LightMyRequestResponse): string | null {
  return (response.json<GraphQLResponseBody>().data?.entity as { description: string | null }).description;
}

describe('RESPONSE_CACHE=off', () => {
  let store: KyselyGraphStore;
  let app: App;
  beforeAll(async () => {
    store = await seededStore();
    app = await createApp(
      { logLevel: 'silent', production: true, responseCache: { enabled: false, maxBytes: 1_048_576 } },
      store,
    );
  });
  afterAll(() => closeApp(app, store));

  it('computes every answer and lets no one keep it', async () => {
    const get = () => app.fastify.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent(DESCRIPTION)}` });
    for (const response of [await get(), await get()]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-cache']).toBeUndefined();
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers.etag).toBeUndefined();
    }
  });
});
