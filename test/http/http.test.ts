import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { closeApp } from '../../src/server/close-app';
import { type App, createApp } from '../../src/server/create-app';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { seededStore } from '../helpers/seeded-store';
import { wrapStore } from '../../src/store/wrap-store';

/** The app on a real socket (port 0), spoken to with fetch as a client would. */
async function listening(production: boolean) {
  const store = await seededStore();
  const app = await createApp({ logLevel: 'silent', production }, store);
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.fastify.server.address() as AddressInfo;
  return { store, app, url: `http://127.0.0.1:${port}` };
}

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions: { code: string } }[];
}

const json = async (response: Response) => (await response.json()) as GraphQLBody;

const postQuery = (url: string, query: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

describe('over HTTP', () => {
  let store: KyselyGraphStore;
  let app: App;
  let url: string;
  beforeAll(async () => {
    ({ store, app, url } = await listening(false));
  });
  afterAll(() => closeApp(app, store));

  it('answers a POSTed query, tagging the response with a request id', async () => {
    const response = await postQuery(url, '{ entity(id: "location:kyiv") { name } }');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({
      data: { entity: { name: 'Kyiv' } },
      extensions: { cost: { requested: 2, limit: 50_000 } },
    });
  });

  it('answers a GET query from a non-browser client', async () => {
    const query = encodeURIComponent('{ sources { id } }');
    const response = await fetch(`${url}/graphql?query=${query}`);
    expect(await response.json()).toMatchObject({ data: { sources: [{ id: 'source:aljazeera-kyiv-drone-strikes' }] } });
  });

  it('serves the playground to a browser from the service itself, no CDN', async () => {
    const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>News graph playground</title>');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });

  it('reports health and readiness', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('answers a malformed query with GRAPHQL_PARSE_FAILED and keeps serving', async () => {
    // 200 to a client that reads only application/json, 400 to one that reads
    // application/graphql-response+json, as GraphQL over HTTP asks.
    const bad = await postQuery(url, '{ people { ');
    expect(bad.status).toBe(200);
    expect((await json(bad)).errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const modern = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ people { ' }),
    });
    expect(modern.status).toBe(400);
    expect((await postQuery(url, '{ people { totalCount } }')).status).toBe(200);
  });
});

describe('in production', () => {
  it('masks a failing store as INTERNAL_SERVER_ERROR with no stack or SQL, and says not ready', async () => {
    const { store, app, url } = await listening(true);
    try {
      await store.close(); // every query now fails inside the store
      const response = await postQuery(url, '{ people { totalCount } }');
      const body = await json(response);
      // The request id lets a user quote the failure; the log holds the cause under the same id.
      const requestId = response.headers.get('x-request-id');
      expect(body.errors).toEqual([
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['people'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      expect((await fetch(`${url}/readyz`)).status).toBe(503);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      await app.apollo.stop();
    }
  });

  it('drops field suggestions from validation errors', async () => {
    const { store, app, url } = await listening(true);
    try {
      const body = await json(await postQuery(url, '{ peple { totalCount } }'));
      expect(body.errors?.[0].message).toBe('Cannot query field "peple" on type "Query".');
      expect(body.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    } finally {
      await app.apollo.stop();
      await store.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes the request in flight, then stops listening and closes the database', async () => {
    const real = await seededStore();
    // The real store, with list queries held for 300 ms: long enough to close mid-request.
    let entered!: () => void;
    const requestInStore = new Promise<void>((resolve) => (entered = resolve));
    const slow = wrapStore(real, async ({ method, proceed }) => {
      if (method === 'listEntities') {
        entered();
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      return proceed();
    });
    const app = await createApp({ logLevel: 'silent', production: false }, slow);
    await app.fastify.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.fastify.server.address() as AddressInfo).port}`;

    const inFlight = postQuery(url, '{ attacks { totalCount edges { node { name } } } }');
    await requestInStore;
    await closeApp(app, slow);

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ data: { attacks: { totalCount: 2 } } });
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    await expect(real.ping()).rejects.toHaveProperty('message');
  });
});
