import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { type StoreCall, countingStore } from '../helpers/counting-store';
import { type GraphQLResponseBody, postGraphQL } from '../helpers/graphql-response';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { seededStore } from '../helpers/seeded-store';

/** What came back, read whatever its shape. */
interface Answer {
  status: number;
  body: GraphQLResponseBody;
}

const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

function nestedRelations(depth: number): string {
  let selection = 'id';
  for (let i = 0; i < depth; i++) selection = `relations(first: 1) { edges { node { object { ${selection} } } } }`;
  return `{ entity(id: "location:kyiv") { ${selection} } }`;
}

/** A fragment spreading ten copies of the next, twelve levels deep: 10^12 selections if expanded. */
function fragmentFanOut(): string {
  let fragments = 'fragment F0 on Query { __typename }';
  for (let i = 1; i <= 12; i++) fragments += ` fragment F${i} on Query { ${repeat(10, () => `...F${i - 1}`)} }`;
  return `{ ...F12 } ${fragments}`;
}

/** A JSON body of `size` bytes: a query and a long padding string. */
function largeBody(size: number): Buffer {
  const body = Buffer.alloc(size, 0x20);
  body.write('{"query":"{ __typename }","padding":"', 'utf8');
  body.write('"}', size - 2, 'utf8');
  return body;
}

/** Sends a body with its length announced, reading the answer as soon as it comes. */
function postLargeBody(url: string, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as GraphQLResponseBody }));
      },
    );
    // The server may answer and hang up before the whole body is written: that is the point.
    req.on('error', (error) =>
      error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? undefined : reject(error),
    );
    req.end(body);
  });
}

describe('hostile requests, against the service in production mode', () => {
  let real: KyselyGraphStore;
  let calls: StoreCall[];
  let service: ListeningApp;
  // Made once, before any clock starts: building 60 MB is the client's time, not the service's.
  const sixtyMegabytes = largeBody(60 * 1024 * 1024);
  beforeAll(async () => {
    real = await seededStore();
    const counted = countingStore(real);
    calls = counted.calls;
    service = await listeningApp(counted.store, { production: true });
  });
  afterAll(() => service.close());
  beforeEach(() => {
    calls.length = 0;
  });

  const post = async (body: unknown, headers?: Record<string, string>): Promise<Answer> => {
    const response = await postGraphQL(service.url, body, headers);
    return { status: response.status, body: (await response.json()) as GraphQLResponseBody };
  };

  /** Each case: how to send it, and the status and error code it must be answered with. */
  const table: [string, () => Promise<Answer>, number, string][] = [
    [
      '10,000 aliases',
      () => post({ query: `{ ${repeat(10_000, (i) => `a${i}: stats { sources }`)} }` }),
      413,
      'LIMIT_EXCEEDED',
    ],
    [
      '3,000 __typename',
      () => post({ query: `{ ${repeat(3000, () => '__typename')} }` }),
      200,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'depth-50 nesting through relations',
      () => post({ query: nestedRelations(50) }),
      200,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'three nested first: 100 lists',
      () =>
        post({
          query:
            '{ locations(first: 100) { edges { node { relations(first: 100) { edges { node { object { relations(first: 100) { edges { node { id } } } } } } } } } } }',
        }),
      200,
      'LIMIT_EXCEEDED',
    ],
    ['a 1 MB query', () => post({ query: `{ __typename } #${'x'.repeat(1_000_000)}` }), 413, 'LIMIT_EXCEEDED'],
    ['a 60 MB body', () => postLargeBody(service.url, sixtyMegabytes), 413, 'LIMIT_EXCEEDED'],
    [
      'a JSON array of 1,000 operations',
      () => post(Array.from({ length: 1000 }, () => ({ query: '{ sources { id } }' }))),
      400,
      'BAD_REQUEST',
    ],
    [
      'a fragment cycle',
      () => post({ query: '{ ...A } fragment A on Query { sources { id } ...B } fragment B on Query { ...A }' }),
      200,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a fragment fan-out of 10^12 selections',
      () => post({ query: fragmentFanOut() }),
      200,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      '1,000 directives',
      () => post({ query: `{ sources ${repeat(1000, () => '@include(if: true)')} { id } }` }),
      200,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'a wrong-typed variable',
      () => post({ query: 'query ($n: Int!) { people(first: $n) { totalCount } }', variables: { n: 'ten' } }),
      200,
      'BAD_USER_INPUT',
    ],
    [
      'variables that are not an object',
      () => post({ query: '{ sources { id } }', variables: [1, 2] }),
      400,
      'BAD_REQUEST',
    ],
    [
      'invalid UTF-8',
      () =>
        post(
          Buffer.concat([
            Buffer.from('{"query":"{ search(query: \\"'),
            Buffer.from([0xc3, 0x28, 0xff]),
            Buffer.from('\\") { score } }"}'),
          ]),
        ),
      400,
      'BAD_REQUEST',
    ],
    [
      'a lone surrogate',
      () => post('{"query":"{ search(query: \\"\\ud800\\") { score } }"}'),
      200,
      'GRAPHQL_PARSE_FAILED',
    ],
    ['a misspelled field', () => post({ query: '{ peple { totalCount } }' }), 200, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a wrong persisted-query hash',
      () =>
        post({
          query: '{ sources { id } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
        }),
      400,
      'BAD_REQUEST',
    ],
    [
      'an unsupported persisted-query version',
      () =>
        post({
          query: '{ sources { id } }',
          extensions: { persistedQuery: { version: 9, sha256Hash: '0'.repeat(64) } },
        }),
      400,
      'BAD_REQUEST',
    ],
  ];
  const cases = table.map(([name, send, status, code]) => ({ name, send, status, code }));

  it.each(cases)(
    '$name: refused with $status $code within a second, no store call, and the service goes on',
    async ({ send, status, code }) => {
      // A small query's time in the same moment: on a loaded machine everything slows alike.
      const baselineStarted = performance.now();
      await post({ query: '{ __typename }' });
      const baseline = performance.now() - baselineStarted;
      calls.length = 0;
      const started = performance.now();
      const answer = await send();
      const elapsed = performance.now() - started;

      expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({ status, code });
      expect(answer.body.data ?? null).toBeNull();
      // A refusal names what was wrong, and in production gives away no internals.
      for (const error of answer.body.errors ?? []) {
        expect(error.message).not.toMatch(/Did you mean|at \/|\.ts:|\bSELECT\b|sqlite/);
        expect(error.extensions).not.toHaveProperty('stacktrace');
      }
      // Not a timing benchmark: a bound that only a hang or a runaway check would cross (a
      // second on a quiet machine, more when a small query is slow too).
      expect(elapsed).toBeLessThan(Math.max(1000, 20 * baseline));
      expect(calls).toEqual([]);

      const after = await post({ query: '{ entity(id: "location:kyiv") { name } }' });
      expect(after).toMatchObject({ status: 200, body: { data: { entity: { name: 'Kyiv' } } } });
    },
  );

  it('names the limit a refused query went over', async () => {
    const message = async (query: string) => (await post({ query })).body.errors?.[0].message;
    expect(await message(nestedRelations(50))).toMatch(/depth limit of 15 exceeded, found \d+/);
    expect(await message(`{ ${repeat(40, (i) => `a${i}: __typename`)} }`)).toMatch(
      /Aliases limit of 30 exceeded, found 40/,
    );
    expect(await message(`{ ${repeat(60, () => '__typename @include(if: true)')} }`)).toMatch(
      /Directives limit of 50 exceeded, found 60/,
    );
    expect(await message(`{ ${repeat(5001, () => 'a')} }`)).toMatch(/more that 5000 tokens/);
    const cost = await post({
      query:
        '{ locations(first: 100) { edges { node { relations(first: 100) { edges { node { object { relations(first: 10) { totalCount } } } } } } } } }',
    });
    expect(cost.body.errors?.[0].message).toMatch(/up to \d+ fields, over the limit of 50000/);
    expect(cost.body.extensions?.cost).toEqual({ requested: expect.any(Number), limit: 50_000 });
    expect(cost.body.extensions?.cost?.requested).toBeGreaterThan(50_000);
  });
});
