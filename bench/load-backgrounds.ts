import { connect, type Socket } from 'node:net';
import { largeImport } from '../test/helpers/large-import';
import { type LoadResult, type ServerProcess, drive } from './http-load';

/** Something running against the service while the readers are measured; `stop` ends it and says what it did. */
export interface Background {
  name: string;
  stop(): Promise<Record<string, unknown>>;
}

/**
 * `sockets` clients that each announce a 1 MB body and trickle it a byte every `everyMs`, as a
 * slow or hostile client would; a socket the service cuts is opened again, so that `sockets`
 * stay open all along. Counts the sockets opened and the ones the service cut.
 */
export function slowClients(url: string, sockets: number, everyMs = 1_000): Background {
  const { hostname, port } = new URL(url);
  const open = new Set<Socket>();
  let stopping = false;
  let opened = 0;
  let cut = 0;
  const start = () => {
    if (stopping) return;
    opened++;
    const socket = connect(Number(port), hostname);
    open.add(socket);
    socket.setNoDelay(true);
    socket.on('connect', () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n{"query":"{ __typename }","padding":"`,
      );
    });
    const drip = setInterval(() => socket.write('x'), everyMs);
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(drip);
      open.delete(socket);
      if (!stopping) {
        cut++;
        start();
      }
    });
  };
  for (let i = 0; i < sockets; i++) start();
  return {
    name: `${sockets} slow clients, a byte a second each`,
    async stop() {
      stopping = true;
      for (const socket of open) socket.destroy();
      return { sockets, opened, cutByService: cut };
    },
  };
}

/**
 * 7 MB imports (14,300 people and as many organizations, a relation each: 42,900 items), one
 * after another for as long as it runs, each of entities of its own; each one's status and time.
 */
export function largeImports(url: string, key: string): Background {
  let stopping = false;
  const done: { status: number; ms: number }[] = [];
  const loop = (async () => {
    for (let n = 0; !stopping; n++) {
      const input = largeImport(14_300, `bench-import-${Date.now()}-${n}`, 100_000 * (n + 1));
      const body = Buffer.from(
        JSON.stringify({
          query: 'mutation ($input: ImportSourceInput!) { importSource(input: $input) { created } }',
          variables: { input },
        }),
      );
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body,
      });
      await response.arrayBuffer();
      done.push({ status: response.status, ms: Math.round(performance.now() - started) });
    }
  })();
  return {
    name: 'a 7 MB import at a time, back to back',
    async stop() {
      stopping = true;
      await loop;
      return { imports: done };
    },
  };
}

export interface BackgroundRow {
  background: string;
  readers: LoadResult;
  did: Record<string, unknown>;
}

/**
 * The readers (`request`, at `connections`) for `seconds`, once quiet and once beside each
 * background: their p50 and p99 there, against the quiet run's in the same minute.
 */
export async function underBackgrounds(
  service: ServerProcess,
  request: { path: string; method: 'GET' | 'POST'; body?: string },
  key: string,
  connections: number,
  seconds: number,
): Promise<BackgroundRow[]> {
  const runs: [string, () => Background[]][] = [
    ['none', () => []],
    ['slow clients', () => [slowClients(service.url, 200)]],
    ['large import', () => [largeImports(service.url, key)]],
    ['slow clients and a large import', () => [slowClients(service.url, 200), largeImports(service.url, key)]],
  ];
  const rows: BackgroundRow[] = [];
  for (const [name, start] of runs) {
    const backgrounds = start();
    // The backgrounds under way first: the import's body sent and its work begun.
    if (backgrounds.length > 0) await new Promise((resolve) => setTimeout(resolve, 1_000));
    const readers = await drive(service, request, connections, seconds);
    const did = Object.assign({}, ...(await Promise.all(backgrounds.map((b) => b.stop())))) as Record<string, unknown>;
    rows.push({ background: name, readers, did });
    console.log(
      `background ${name}: readers ${Math.round(readers.requestsPerSecond)} req/s, p50 ${readers.p50Ms} ms, p99 ${readers.p99Ms} ms, non-2xx ${readers.non2xx}, errors ${readers.errors}; ${JSON.stringify(did)}`,
    );
  }
  return rows;
}
