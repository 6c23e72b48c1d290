import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Role, createKey } from '../helpers/api-keys';
import { capturedLog } from '../helpers/captured-log';
import { type StoreCall, countingStore } from '../helpers/counting-store';
import { type GraphQLResponseBody, postGraphQL } from '../helpers/graphql-response';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';

const MiB = 1_048_576;

// A full collection before each reading, so what is measured is what the service keeps.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * After a full collection, in MiB: what the process holds in JavaScript (its heap and the
 * buffers outside it), and its resident memory, which also counts what the allocator freed
 * but kept (tens of megabytes after many large bodies, so its bound is the looser).
 */
function memoryMiB(): { held: number; resident: number } {
  gc();
  gc();
  const { heapUsed, external, rss } = process.memoryUsage();
  return { held: (heapUsed + external) / MiB, resident: rss / MiB };
}

const aliases = (n: number, selection: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

/** Within the limit on its own (100 locations × 100 relations of 6 fields is 60,300: over it). */
const OVER_LIMIT =
  'locations(first: 100) { edges { node { relations(first: 100) { edges { node { id object { id name } } } } } } }';

describe('cost and memory, against the service in production mode', () => {
  let calls: StoreCall[];
  let service: ListeningApp;
  let editor: string;
  const log = capturedLog();
  beforeAll(async () => {
    const real = await seededStore();
    editor = await createKey(real, Role.EDITOR);
    const counted = countingStore(real);
    calls = counted.calls;
    service = await listeningApp(counted.store, { production: true, logLevel: 'info', logStream: log.stream });
    // The first request of a process compiles and loads what every later one reuses.
    await post({ query: '{ entity(id: "location:kyiv") { name } }' });
  });
  afterAll(() => service.close());
  beforeEach(() => {
    calls.length = 0;
  });

  const post = async (body: unknown, headers?: Record<string, string>) => {
    const response = await postGraphQL(service.url, body, headers);
    return { status: response.status, body: (await response.json()) as GraphQLResponseBody };
  };

  const refusals: [string, string, string][] = [
    ['ten aliases of sources { sentences { text } }', aliases(10, 'sources { sentences { text } }'), 'LIMIT_EXCEEDED'],
    [
      'an over-limit query beside a first of -2147483648',
      `{ a: people(first: -2147483648) { totalCount } ${OVER_LIMIT} }`,
      'LIMIT_EXCEEDED',
    ],
    [
      'an over-limit query beside a first of 0',
      `{ a: people(first: 0) { totalCount } ${OVER_LIMIT} }`,
      'LIMIT_EXCEEDED',
    ],
    [
      'a query beside a null first it cannot count',
      `query ($n: Int) { a: people(first: $n) { totalCount } ${OVER_LIMIT} }`,
      'BAD_USER_INPUT',
    ],
  ];
  const cases = refusals.map(([name, query, code]) => ({ name, query, code }));

  it.each(cases)(
    '$name: refused with $code, no store call, nothing logged as an error, and the next query answered at once',
    async ({ query, code }) => {
      const answer = await post({ query, variables: { n: null } });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
      expect(answer.body.data ?? null).toBeNull();
      expect(calls).toEqual([]);
      if (code === 'LIMIT_EXCEEDED') {
        expect(answer.body.errors?.[0].message).toMatch(/may resolve up to \d+ fields, over the limit of 50000/);
        expect(answer.body.extensions?.cost?.requested).toBeGreaterThan(50_000);
      }
      expect(log.errors()).toEqual([]);

      // The quickest of three reads: a service left busy fails all three, a scheduler's moment one.
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const after = await post({ query: '{ entity(id: "location:kyiv") { name } }' });
        times.push(performance.now() - started);
        expect(after).toMatchObject({ status: 200, body: { data: { entity: { name: 'Kyiv' } } } });
      }
      expect(Math.min(...times)).toBeLessThan(100);
    },
  );

  it('counts one alias of sources { sentences { text } } within the limit, and answers it', async () => {
    const answer = await post({ query: '{ sources { sentences { text } } }' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.extensions?.cost?.requested).toBe(20 * (1 + 500 * 2));
  });

  // Each case sends requests carrying a large variable the operation never declares. Before the
  // cost cache keyed on declared variables only, each one's JSON stayed in it, and the response
  // cache kept each anonymous body: the 30 keyed ones left 209 MiB held, the 60 anonymous 91 MiB.
  const paddings = [
    { name: '30 with a key, 7 MiB each', count: 30, size: 7 * MiB, keyed: true, bounds: { held: 16, resident: 128 } },
    {
      name: '60 without a key, just under the 1 MiB body limit',
      count: 60,
      size: MiB - 200,
      keyed: false,
      bounds: { held: 8, resident: 96 },
    },
  ];
  it.each(paddings)(
    'keeps nothing of $name requests carrying an unused variable',
    async ({ count, size, keyed, bounds }) => {
      const headers = keyed ? { authorization: `Bearer ${editor}` } : undefined;
      // Each padding differs from the others in its first characters, so no cache could share them.
      // A document of each case's own, so neither case's entries can push the other's out.
      const query = keyed ? 'query Keyed { __typename }' : 'query Anonymous { __typename }';
      const bodyOf = (i: number) =>
        `{"query":"${query}","variables":{"pad":"${String(i).padStart(8, '0')}${'x'.repeat(size - 100)}"}}`;
      // One request first: what any request allocates once (buffers, pools) is not what is measured.
      expect((await post(bodyOf(-1), headers)).body).toMatchObject({ data: { __typename: 'Query' } });
      const before = memoryMiB();
      for (let i = 0; i < count; i++) {
        const answer = await post(bodyOf(i), headers);
        expect(answer).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
      }
      const after = memoryMiB();
      // Bounds far under what the requests carried (210 MiB, 60 MiB) and over the allocator's noise.
      expect(after.held - before.held).toBeLessThan(bounds.held);
      expect(after.resident - before.resident).toBeLessThan(bounds.resident);
      expect(log.errors()).toEqual([]);
    },
    60_000,
  );
});
