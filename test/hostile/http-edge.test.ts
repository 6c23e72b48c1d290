import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Limits } from '../../src/config';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { Role, createKey } from '../helpers/api-keys';
import { capturedLog } from '../helpers/captured-log';
import { type StoreCall, countingStore } from '../helpers/counting-store';
import { type GraphQLResponseBody, postGraphQL } from '../helpers/graphql-response';
import { type ListeningApp, listeningApp } from '../helpers/listening-app';
import { rawExchange } from '../helpers/raw-http';
import { seededStore } from '../helpers/seeded-store';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MiB = 1_048_576;

/** Short deadlines, so that slow clients are cut within a test; the body limits are the defaults (1 MiB, 8 MiB). */
/**
 * Short enough to wait out in a test, long enough that an ordinary request of this suite never
 * meets them while the server shares its jest worker and two cores with the rest of the suite
 * (at 200 ms for headers and 1.5 s in all, two of them once did).
 */
const HEADERS_MS = 1000;
const BODY_IDLE_MS = 1000;
const RECEIVE_MS = 4000;
/** How late a cut may come: Node checks its deadlines on a timer, and a loaded machine is late. */
const LATE_MS = 700;
const LIMITS: Partial<Limits> = {
  headersTimeoutMs: HEADERS_MS,
  bodyReadTimeoutMs: BODY_IDLE_MS,
  receiveTimeoutMs: RECEIVE_MS,
};
const UPDATE =
  'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { version } userErrors { code } } }';

/** The head of a POST to /graphql, sent by hand. */
function postHead(headers: Record<string, string | number>): string {
  const lines = Object.entries({ host: 'localhost', 'content-type': 'application/json', ...headers }).map(
    ([k, v]) => `${k}: ${v}\r\n`,
  );
  return `POST /graphql HTTP/1.1\r\n${lines.join('')}\r\n`;
}

/** The JSON of an answer read off a raw socket (a body sent whole, with Content-Length). */
function bodyOf(response: string): GraphQLResponseBody {
  return JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as GraphQLResponseBody;
}

/** A collector that can be forced (node's --expose-gc, turned on here rather than for the whole run). */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('HTTP edges, against the service in production mode', () => {
  let real: KyselyGraphStore;
  let calls: StoreCall[];
  let service: ListeningApp;
  let port: number;
  let editor: string;
  let revoked: string;
  const log = capturedLog();

  beforeAll(async () => {
    real = await seededStore();
    editor = await createKey(real, Role.EDITOR, 'edge-editor');
    revoked = await createKey(real, Role.EDITOR, 'edge-revoked');
    await real.revokeApiKey('edge-revoked');
    const counted = countingStore(real);
    calls = counted.calls;
    service = await listeningApp(counted.store, {
      production: true,
      logLevel: 'info',
      logStream: log.stream,
      limits: LIMITS,
    });
    port = Number(new URL(service.url).port);
  });
  afterAll(() => service.close());
  /** A normal query, and how long its answer took. */
  async function normalQuery(): Promise<number> {
    const started = performance.now();
    const response = await postGraphQL(service.url, { query: '{ entity(id: "location:kyiv") { name } }' });
    const elapsed = performance.now() - started;
    expect({ status: response.status, body: await response.json() }).toMatchObject({
      status: 200,
      body: { data: { entity: { name: 'Kyiv' } } },
    });
    return elapsed;
  }

  let baselineMs = 0;
  beforeEach(async () => {
    baselineMs = await normalQuery(); // the same query's time in the same moment: on a loaded machine all slows alike
    calls.length = 0;
    log.lines.length = 0;
  });

  /**
   * After each refusal: nothing logged as an error (a client's mistake is not ours), and a
   * normal query answered within 100 ms (more only when the machine is so busy that the same
   * query took over 10 ms just before).
   */
  async function expectServiceUnharmed(): Promise<void> {
    expect(log.errors()).toEqual([]);
    expect(await normalQuery()).toBeLessThan(Math.max(100, 10 * baselineMs));
  }

  const writes = () => calls.filter((c) => /^(save|import|create|update|delete|add|remove|revoke)/.test(c.method));

  describe('slow clients are cut, nginx-style, and what they sent is let go', () => {
    it('closes a socket whose body stops arriving after BODY_READ_TIMEOUT_MS', async () => {
      // A valid key, so the 7 MiB declared are within the write limit: only the timeout can end this.
      const head = postHead({ authorization: `Bearer ${editor}`, 'content-length': 7 * MiB });
      const exchanges = await Promise.all(
        Array.from({ length: 10 }, () => rawExchange(port, [{ data: head }, { data: '{"query":' }], 3000)),
      );
      for (const { closedAfterMs } of exchanges) {
        expect(closedAfterMs).toBeGreaterThanOrEqual(BODY_IDLE_MS - 50);
        expect(closedAfterMs).toBeLessThan(BODY_IDLE_MS + LATE_MS);
      }
      expect(writes()).toEqual([]);
      await expectServiceUnharmed();
    });

    it('answers headers that come too slowly 408 at HEADERS_TIMEOUT_MS', async () => {
      // A byte every 50 ms keeps the socket from going idle: only the headers' own deadline ends this.
      const drip = Array.from('POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json').map(
        (c) => ({
          afterMs: 50,
          data: c,
        }),
      );
      const exchange = await rawExchange(port, drip, 3000);
      expect(exchange.status).toBe(408);
      expect(bodyOf(exchange.response).errors?.[0]).toMatchObject({
        message: expect.stringMatching(/did not arrive in time/),
        extensions: { code: 'BAD_REQUEST' },
      });
      expect(exchange.closedAfterMs).toBeLessThan(HEADERS_MS + LATE_MS);
      await expectServiceUnharmed();
    });

    it('answers a body that trickles in under the idle timeout 408 at RECEIVE_TIMEOUT_MS', async () => {
      const drip = Array.from({ length: RECEIVE_MS / 100 + 20 }, () => ({ afterMs: 100, data: ' ' }));
      const exchange = await rawExchange(
        port,
        [{ data: postHead({ 'content-length': 1000 }) }, ...drip],
        RECEIVE_MS + 3000,
      );
      expect(exchange.status).toBe(408);
      expect(exchange.closedAfterMs).toBeGreaterThanOrEqual(RECEIVE_MS - 100);
      expect(exchange.closedAfterMs).toBeLessThan(RECEIVE_MS + LATE_MS);
      await expectServiceUnharmed();
    });

    it('lets go of what stalled 7 MiB uploads sent once they are cut: memory does not grow batch after batch', async () => {
      const gc = collectGarbage();
      const body = Buffer.alloc(7 * MiB - 1, 0x20); // one byte short of what is declared: the server waits for it
      const head = postHead({ authorization: `Bearer ${editor}`, 'content-length': 7 * MiB });
      /** Twenty uploads that stall; how many the server cut within 6 s (the client keeps its side open till then). */
      const batch = async () => {
        const sockets: Socket[] = [];
        let closed = 0;
        for (let i = 0; i < 20; i++) {
          const socket = connect(port, '127.0.0.1', () => socket.write(head) && socket.write(body));
          socket.on('error', () => {});
          socket.on('close', () => closed++);
          socket.resume(); // reading, so that the server's hang-up is seen
          sockets.push(socket);
        }
        const started = performance.now();
        while (closed < 20 && performance.now() - started < 6000) await sleep(50);
        sockets.forEach((s) => s.destroy());
        return closed;
      };
      /** Memory once collected; V8 frees array buffers' memory just after a collection, hence the pauses. */
      const settled = async () => {
        for (let i = 0; i < 2; i++) {
          await sleep(100);
          gc();
        }
        await sleep(100);
        return process.memoryUsage();
      };
      const before = await settled();
      expect(await batch()).toBe(20);
      const afterOne = await settled();
      for (let i = 0; i < 2; i++) expect(await batch()).toBe(20);
      const afterThree = await settled();
      // 140 MiB a batch were held: the buffers are let go (the exact check), and the process does
      // not grow by what three held batches would take. The resident size is the jest worker's,
      // with the allocator's arenas and other suites' leftovers in it, so its bound is half of that.
      expect(afterThree.arrayBuffers - before.arrayBuffers).toBeLessThan(16 * MiB);
      expect(afterThree.rss - afterOne.rss).toBeLessThan(140 * MiB);
      expect(afterThree.rss - before.rss).toBeLessThan(210 * MiB);
      expect(writes()).toEqual([]);
      expect(log.errors()).toEqual([]);
      await expectServiceUnharmed();
    }, 60_000);

    it('closes connections past MAX_CONNECTIONS as they arrive, and serves again once they go', async () => {
      const small = await listeningApp(real, {
        production: true,
        logLevel: 'info',
        logStream: log.stream,
        limits: { maxConnections: 3 },
      });
      const smallPort = Number(new URL(small.url).port);
      const idle: Socket[] = [];
      try {
        for (let i = 0; i < 3; i++) {
          const socket = connect(smallPort, '127.0.0.1');
          socket.on('error', () => {});
          idle.push(socket);
          await new Promise((resolve) => socket.once('connect', resolve));
        }
        await sleep(50); // the server has counted them
        const fourth = await rawExchange(
          smallPort,
          [{ data: 'GET /healthz HTTP/1.1\r\nhost: localhost\r\n\r\n' }],
          3000,
        );
        expect(fourth).toMatchObject({ status: 0, response: '' });
        expect(fourth.closedAfterMs).toBeLessThan(500);
        idle.forEach((s) => s.destroy());
        await sleep(50);
        const after = await fetch(`${small.url}/healthz`, { headers: { connection: 'close' } });
        expect(after.status).toBe(200);
        expect(log.errors()).toEqual([]);
      } finally {
        idle.forEach((s) => s.destroy());
        await small.app.fastify.close();
        await small.app.apollo.stop();
      }
    });
  });

  describe('the key is checked from the headers, before the body is read', () => {
    it.each([
      ['an unknown key', () => 'Bearer ngk_not-a-key', 'The key is not known, or was revoked', ['apiKeyByHash']],
      ['a revoked key', () => `Bearer ${revoked}`, 'The key is not known, or was revoked', ['apiKeyByHash']],
      ['a Bearer with no key', () => 'Bearer', 'The Authorization header must be "Bearer <key>"', []],
      ['another scheme', () => 'Basic dXNlcjpwYXNz', 'The Authorization header must be "Bearer <key>"', []],
    ])(
      'answers %s on a body over the read limit 401 UNAUTHENTICATED without reading it',
      async (_name, authorization, message, lookups) => {
        const versionBefore = await real.graphVersion();
        // 2 MiB declared, a few bytes sent: only an answer from the headers can come back before the idle timeout.
        const exchange = await rawExchange(
          port,
          [{ data: postHead({ authorization: authorization(), 'content-length': 2 * MiB }) }, { data: '{"query":' }],
          RECEIVE_MS + 2000,
        );
        expect(exchange.status).toBe(401);
        expect(exchange.answeredAfterMs).toBeLessThan(exchange.closedAfterMs);
        // The rest of the body is read and dropped, then cut at RECEIVE_TIMEOUT_MS, and not answered twice (the body parses alone).
        expect(exchange.closedAfterMs).toBeLessThan(RECEIVE_MS + LATE_MS);
        expect(exchange.response).toMatch(/\r\nwww-authenticate: Bearer\r\n/i);
        expect(bodyOf(exchange.response)).toEqual({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
        expect(calls.map((c) => c.method)).toEqual(lookups);
        expect(await real.graphVersion()).toBe(versionBefore);
        await expectServiceUnharmed();
      },
    );

    it('answers an unknown key on a chunked body 401 once the body passes the read limit', async () => {
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const chunked = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
      const parts = [
        { data: postHead({ authorization: 'Bearer ngk_not-a-key', 'transfer-encoding': 'chunked' }) },
        ...Array.from({ length: 5 }, () => ({ data: chunked })),
      ];
      const exchange = await rawExchange(port, parts, 3000);
      expect(exchange.status).toBe(401);
      expect(bodyOf(exchange.response).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(writes()).toEqual([]);
      await expectServiceUnharmed();
    });

    it('still answers a small read that carries an unknown key, as before', async () => {
      const response = await postGraphQL(
        service.url,
        { query: '{ stats { sources } }' },
        { authorization: 'Bearer ngk_not-a-key' },
      );
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ data: { stats: { sources: 1 } } });
    });

    it('gives a valid key the write limit, and looks the key up once for the whole request', async () => {
      const version = (await real.entitiesByIds(['location:kyiv']))[0].version;
      const padded = {
        query: UPDATE,
        variables: {
          input: { id: 'location:kyiv', expectedVersion: version, description: 'edge' },
          pad: 'x'.repeat(2 * MiB),
        },
      };
      const response = await postGraphQL(service.url, padded, { authorization: `Bearer ${editor}` });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        data: { updateEntity: { entity: { version: version + 1 }, userErrors: [] } },
      });
      expect(calls.filter((c) => c.method === 'apiKeyByHash')).toHaveLength(1);
    });
  });

  describe('a compressed body', () => {
    const json = Buffer.from(JSON.stringify({ query: '{ stats { sources } }' }));
    it.each([
      ['gzip', gzipSync(json)],
      ['deflate', deflateSync(json)],
      ['br', brotliCompressSync(json)],
    ])('is answered 415, naming the encoding (%s), not "not valid UTF-8"', async (encoding, body) => {
      const response = await postGraphQL(service.url, body, { 'content-encoding': encoding });
      expect(response.status).toBe(415);
      expect(response.headers.get('accept-encoding')).toBe('identity');
      const answer = (await response.json()) as GraphQLResponseBody;
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(answer.errors?.[0].message).toContain(`"${encoding}"`);
      expect(answer.errors?.[0].message).toContain('only identity');
      expect(calls).toEqual([]);
      await expectServiceUnharmed();
    });

    it('is read as it is when its encoding is identity', async () => {
      const response = await postGraphQL(service.url, json, { 'content-encoding': 'identity' });
      expect(await response.json()).toMatchObject({ data: { stats: { sources: 1 } } });
    });
  });

  it('answers HEAD /graphql as GET, without the body', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ stats { sources } }')}`;
    const get = await fetch(`${service.url}${path}`);
    const getBody = await get.text();
    const head = await rawExchange(port, [
      { data: `HEAD ${path} HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\n\r\n` },
    ]);
    expect(head.status).toBe(200);
    const [headers, rest] = head.response.split('\r\n\r\n');
    expect(rest).toBe('');
    expect(headers).toMatch(/\r\ncontent-type: application\/json/i);
    expect(headers).toContain(`\r\ncontent-length: ${Buffer.byteLength(getBody)}`);
    await expectServiceUnharmed();
  });

  describe('x-request-id', () => {
    it.each(['abc-123', 'edge.test:42_A', 'x'.repeat(128)])('echoes a short safe id: %s', async (id) => {
      const response = await fetch(`${service.url}/healthz`, { headers: { 'x-request-id': id } });
      expect(response.headers.get('x-request-id')).toBe(id);
    });

    it.each([
      ['5,000 characters', 'a'.repeat(5000)],
      ['129 characters', 'a'.repeat(129)],
      ['a space', 'two words'],
      ['markup', '<script>alert(1)</script>'],
      ['a Latin-1 letter', 'caf\u00e9'],
    ])('replaces an id with %s by a new UUID, in the answer and in the log', async (_name, id) => {
      const response = await fetch(`${service.url}/healthz`, { headers: { 'x-request-id': id } });
      const given = response.headers.get('x-request-id');
      expect(given).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(log.lines.map((l) => l.reqId)).toContain(given);
      expect(log.lines.map((l) => l.reqId)).not.toContain(id);
    });
  });

  describe('the Host header', () => {
    const get = (head: string) =>
      rawExchange(port, [{ data: `GET /graphql?query=%7B__typename%7D ${head}\r\nconnection: close\r\n\r\n` }]);
    it.each([
      ['missing, on HTTP/1.0', 'HTTP/1.0', /Host header is missing or is not a valid/],
      ['missing, on HTTP/1.1', 'HTTP/1.1', /Host header is missing or is not a valid/],
      ['empty', 'HTTP/1.1\r\nhost: ', /Host header is missing or is not a valid/],
      ['with a space', 'HTTP/1.1\r\nhost: a b', /Host header is missing or is not a valid/],
      ['an unclosed IPv6 address', 'HTTP/1.1\r\nhost: [::', /Host header is missing or is not a valid/],
      ['an IPv4 address out of range', 'HTTP/1.1\r\nhost: 10.0.0.300', /Host header is missing or is not a valid/],
      ['percent-encoded', 'HTTP/1.1\r\nhost: a%zz', /Host header is missing or is not a valid/],
      ['a port out of range', 'HTTP/1.1\r\nhost: localhost:99999', /Host header is missing or is not a valid/],
      ['sent twice', 'HTTP/1.1\r\nhost: a.example\r\nhost: b.example', /more than one Host header/],
    ])('answers a Host %s 400 BAD_REQUEST', async (_name, head, message) => {
      const exchange = await get(head);
      expect(exchange.status).toBe(400);
      const body = bodyOf(exchange.response);
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_REQUEST' },
      });
      await expectServiceUnharmed();
    });

    it.each(['localhost', 'localhost:4000', '127.0.0.1:80', '[::1]:4000', 'news.example'])(
      'accepts Host %s',
      async (host) => {
        const exchange = await get(`HTTP/1.1\r\nhost: ${host}`);
        expect(exchange.status).toBe(200);
        expect(bodyOf(exchange.response).data).toEqual({ __typename: 'Query' });
      },
    );
  });
});
