import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GraphStore } from '../../src/store/graph-store';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { wrapStore } from '../../src/store/wrap-store';
import { type StoreCall, countingStore } from '../helpers/counting-store';
import { postGraphQL, readBody } from '../helpers/graphql-response';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The store with list queries held for `ms`, as a slow disk or a huge scan would hold them. */
function slowLists(store: GraphStore, ms: number): GraphStore {
  return wrapStore(store, async ({ method, proceed }) => {
    if (method === 'listEntities') await sleep(ms);
    return proceed();
  });
}

describe('a request past REQUEST_TIMEOUT_MS', () => {
  let real: KyselyGraphStore;
  let calls: StoreCall[];
  let service: ListeningApp;
  beforeAll(async () => {
    real = await seededStore();
    const counted = countingStore(slowLists(real, 400));
    calls = counted.calls;
    service = await listeningApp(counted.store, { limits: { requestTimeoutMs: 150 } });
    calls.length = 0; // the app's own start-up calls (the response cache follows the graph version)
  });
  afterAll(() => service.close());

  it('is answered with REQUEST_TIMEOUT, and starts no store work after its deadline', async () => {
    const response = await postGraphQL(service.url, {
      query: '{ people(first: 5) { edges { node { name mentions { quote } relations { totalCount } } } } }',
    });
    expect(response.status).toBe(503);
    const body = await readBody(response);
    expect(body.errors).toEqual([
      {
        message: 'The request took longer than 150 ms and was stopped',
        extensions: { code: 'REQUEST_TIMEOUT', timeoutMs: 150 },
      },
    ]);
    // The list query in flight finishes; what would have followed it (mentions, relations) is refused.
    await sleep(600);
    expect(calls.map((c) => c.method)).toEqual(['listEntities']);
  });

  it('leaves the service serving', async () => {
    const response = await postGraphQL(service.url, { query: '{ entity(id: "location:kyiv") { name } }' });
    expect(await readBody(response)).toMatchObject({ data: { entity: { name: 'Kyiv' } } });
  });
});
