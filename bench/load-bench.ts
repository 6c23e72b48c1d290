import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { EntityPageDocument } from '../graph/generated/graphql';
import { PROJECT_ROOT } from '../src/paths';
import { generateApiKey, generateKeyId, hashApiKey } from '../src/auth/api-key';
import { Role } from '../src/domain/role';
import type { KyselyGraphStore } from '../src/store/kysely-graph-store';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store';
import { type LoadResult, type ServerProcess, drive, startCeiling, startService } from './http-load';
import { writeResults } from './results-file';
import { underBackgrounds } from './load-backgrounds';

interface Row {
  cache: string;
  connections: number;
  service: LoadResult;
  ceiling: LoadResult;
}

/**
 * `npm run bench:load [-- --seconds N]`: the entity-page operation of graph/operations under
 * autocannon at 10, 50 and 200 connections for 30 s each, against the service (production
 * mode, SQLite, seeded) and, right after at each level, against a bare `node:http` server
 * answering the same bytes: the ceiling. Once per response-cache mode (`BENCH_CACHE`, default
 * `off,on`: computed answers, then hits). Prints req/s, p50, p99, errors and the server's
 * peak RSS, and writes them to bench/results/load.json.
 *
 * Then the backgrounds run (`BENCH_LOAD=levels,backgrounds` by default; either alone): the
 * same readers at 10 connections, computed answers, quiet and beside 200 slow clients
 * trickling their bodies, 7 MB imports back to back, and both; their p50 and p99 in each, and
 * what the backgrounds did, to bench/results/load-backgrounds.json.
 */
const LEVELS = [10, 50, 200];

async function main() {
  const secondsArg = process.argv.indexOf('--seconds');
  const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 30;
  const modes = (process.env.BENCH_CACHE ?? 'off,on').split(',').map((m) => m.trim());
  const dist = join(PROJECT_ROOT, 'dist');
  const work = mkdtempSync(join(tmpdir(), 'news-graph-load-'));
  const request = {
    path: '/graphql',
    method: 'POST' as const,
    body: JSON.stringify({
      query: print(EntityPageDocument),
      operationName: 'EntityPage',
      variables: { id: 'location:kyiv' },
    }),
  };
  const rows: Row[] = [];
  let bytes = 0;
  const loadBefore = loadavg();
  const runs = (process.env.BENCH_LOAD ?? 'levels,backgrounds').split(',').map((r) => r.trim());
  try {
    if (runs.includes('backgrounds')) await backgroundsRun(dist, work, request, seconds);
    for (const cache of runs.includes('levels') ? modes : []) {
      const service = await startService(dist, {
        DATABASE_URL: `sqlite:${join(work, `graph-${cache}.db`)}`,
        RESPONSE_CACHE: cache,
      });
      let ceiling: ServerProcess | undefined;
      try {
        const probe = await fetch(service.url + request.path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request.body,
        });
        const answer = Buffer.from(await probe.arrayBuffer());
        if (!probe.ok || answer.includes('"errors"'))
          throw new Error(`the entity page failed: ${answer.toString().slice(0, 300)}`);
        bytes = answer.length;
        const bodyFile = join(work, 'entity-page.json');
        writeFileSync(bodyFile, answer);
        ceiling = await startCeiling(dist, bodyFile);
        console.log(
          `response cache ${cache}: entity page for location:kyiv, ${bytes} bytes; ${seconds} s per run; ${cpus().length} cores`,
        );
        await drive(service, request, 10, Math.min(5, seconds)); // warm-up: JIT, statement caches
        for (const connections of LEVELS) {
          const serviceResult = await drive(service, request, connections, seconds);
          const ceilingResult = await drive(ceiling, request, connections, seconds);
          rows.push({ cache, connections, service: serviceResult, ceiling: ceilingResult });
          console.log(line(rows[rows.length - 1]));
        }
      } finally {
        await service.stop();
        await ceiling?.stop();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (rows.length === 0) return;
  writeResults(
    'load.json',
    {
      command: `npm run bench:load -- --seconds ${seconds}`,
      operation: 'EntityPage',
      id: 'location:kyiv',
      bytes,
      seconds,
    },
    loadBefore,
    { rows },
  );
  console.log('\n' + table(rows));
}

/** The readers beside each background (load-backgrounds.ts), on a service of their own with an editor key for the imports. */
async function backgroundsRun(
  dist: string,
  work: string,
  request: { path: string; method: 'POST'; body: string },
  seconds: number,
) {
  const file = join(work, 'graph-backgrounds.db');
  const keyStore = createSqliteStore(file);
  await keyStore.migrate();
  const key = await createBenchKey(keyStore);
  await keyStore.close();
  const loadBefore = loadavg();
  const service = await startService(dist, { DATABASE_URL: `sqlite:${file}`, RESPONSE_CACHE: 'off' });
  let rows;
  try {
    await drive(service, request, 10, Math.min(5, seconds)); // warm-up: JIT, statement caches
    console.log(`backgrounds: entity page, computed answers, 10 connections, ${seconds} s per run`);
    rows = await underBackgrounds(service, request, key, 10, seconds);
  } finally {
    await service.stop();
  }
  writeResults(
    'load-backgrounds.json',
    {
      command: `BENCH_LOAD=backgrounds npm run bench:load -- --seconds ${seconds}`,
      operation: 'EntityPage',
      id: 'location:kyiv',
      responseCache: 'off',
      connections: 10,
      seconds,
    },
    loadBefore,
    { rows },
  );
  console.log('\n| background | readers req/s | p50 | p99 | non-2xx / errors |\n| --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.background} | ${fmt(r.readers.requestsPerSecond)} | ${r.readers.p50Ms} ms | ${r.readers.p99Ms} ms | ${r.readers.non2xx} / ${r.readers.errors} |`,
    );
  }
}

/** An editor key stored in the bench's database before the service opens it, as `npm run keys -- create` would. */
async function createBenchKey(store: KyselyGraphStore): Promise<string> {
  const key = generateApiKey();
  await store.createApiKey(
    { id: generateKeyId(), name: 'bench', role: Role.EDITOR, createdAt: new Date().toISOString(), revokedAt: null },
    hashApiKey(key),
  );
  return key;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

function line({ cache, connections, service: s, ceiling: c }: Row): string {
  return `cache ${cache}, ${connections} connections: service ${fmt(s.requestsPerSecond)} req/s (p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, non-2xx ${s.non2xx}, errors ${s.errors}, peak RSS ${s.peakRssMb} MB); ceiling ${fmt(c.requestsPerSecond)} req/s; ratio ${(s.requestsPerSecond / c.requestsPerSecond).toFixed(2)}`;
}

function table(rows: Row[]): string {
  const head =
    '| response cache | connections | service req/s | p50 | p99 | non-2xx / errors | service peak RSS | ceiling req/s | ceiling p50 | ratio to ceiling |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const body = rows.map(
    ({ cache, connections, service: s, ceiling: c }) =>
      `| ${cache} | ${connections} | ${fmt(s.requestsPerSecond)} | ${s.p50Ms} ms | ${s.p99Ms} ms | ${s.non2xx} / ${s.errors} | ${s.peakRssMb} MB | ${fmt(c.requestsPerSecond)} | ${c.p50Ms} ms | ${(s.requestsPerSecond / c.requestsPerSecond).toFixed(3)} |`,
  );
  return [head, ...body].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
