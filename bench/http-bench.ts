import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { EntityPageDocument, PeopleListDocument, SearchDocument } from '../graph/generated/graphql';
import { PROJECT_ROOT } from '../src/paths';
import { type LoadResult, type ServerProcess, drive, startCeiling, startService } from './http-load';

/**
 * `npm run bench:http [-- --seconds N --rounds N --connections N --only EntityPage,Search]`: the judge of the service's
 * speed. For each operation below it starts the service (production mode, seeded) and a bare
 * `node:http` server answering the very bytes the service answered (the ceiling), then drives
 * them alternately, service then ceiling, `rounds` times in one run, so both see the same
 * machine load. The ratio of their mean req/s is the figure that counts: absolute numbers on a
 * shared machine drift, ratios measured side by side do not. Each server's CPU time per
 * request is reported too, and its ratio, which moves less than req/s when the machine is busy.
 *
 * Each response-cache mode runs the set again against a service started with that
 * `RESPONSE_CACHE`: `off` computes every answer, `on` answers from the cache (the probe that
 * records the ceiling's bytes fills it, so every driven request is a hit). `BENCH_CACHE` picks
 * the modes, `off,on` unless set.
 * `BENCH_DATABASE_URL` runs the service on another database (e.g. PostgreSQL).
 * `BENCH_BASELINE_DIST` (another build's `dist/`, e.g. of an earlier commit) adds that build
 * to the alternation, A B C A B C, so a change is measured against what it replaced under the
 * same load. Writes bench/results/http.json (http-postgres.json with `BENCH_DATABASE_URL`).
 */

interface Operation {
  name: string;
  body: string;
  /** Run only with these response-cache modes (all when absent). */
  modes?: string[];
}

const OPERATIONS: Operation[] = [
  {
    name: 'EntityPage',
    body: JSON.stringify({
      query: print(EntityPageDocument),
      operationName: 'EntityPage',
      variables: { id: 'location:kyiv' },
    }),
  },
  {
    name: 'PeopleList',
    body: JSON.stringify({ query: print(PeopleListDocument), operationName: 'PeopleList', variables: { first: 20 } }),
  },
  {
    name: 'Search',
    body: JSON.stringify({
      query: print(SearchDocument),
      operationName: 'Search',
      variables: { query: 'kyiv', first: 10 },
    }),
  },
  // The stack's floor: what Fastify, Apollo and the executor cost a request that reads nothing.
  // No computed answer can be cheaper, so its CPU per request bounds every uncached ratio.
  { name: 'Typename', body: JSON.stringify({ query: '{ __typename }' }), modes: ['off'] },
];

interface Row {
  cache: string;
  operation: string;
  bytes: number;
  service: Summary;
  ceiling: Summary;
  ratio: number;
  /** The ceiling's CPU per request over the service's: how close the service's own work comes to bare HTTP's. */
  cpuRatio: number;
  baseline?: Summary & { ratio: number };
  serviceRuns: LoadResult[];
  ceilingRuns: LoadResult[];
}

interface Summary {
  requestsPerSecond: number;
  cpuMicrosPerRequest: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  peakRssMb: number;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main() {
  const seconds = option('seconds', 10);
  const rounds = option('rounds', 2);
  const connections = option('connections', 10);
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1].split(',') : undefined;
  const modes = (process.env.BENCH_CACHE ?? 'off,on').split(',').map((m) => m.trim());
  const dist = join(PROJECT_ROOT, 'dist');
  const work = mkdtempSync(join(tmpdir(), 'news-graph-http-'));
  const loadBefore = loadavg();
  console.log(
    `${cpus().length} cores (${cpus()[0]?.model}), load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}; ` +
      `${connections} connections, ${rounds} rounds of ${seconds} s per server and operation, A B A B`,
  );
  const rows: Row[] = [];
  try {
    for (const cache of modes) {
      const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${join(work, `graph-${cache}.db`)}`;
      const service = await startService(dist, { DATABASE_URL: databaseUrl, RESPONSE_CACHE: cache });
      const baselineDist = process.env.BENCH_BASELINE_DIST;
      const baseline = baselineDist
        ? await startService(baselineDist, {
            DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `sqlite:${join(work, `baseline-${cache}.db`)}`,
            RESPONSE_CACHE: cache,
          })
        : undefined;
      try {
        for (const operation of OPERATIONS.filter(
          (o) => (!only || only.includes(o.name)) && (!o.modes || o.modes.includes(cache)),
        )) {
          rows.push(await compare(service, baseline, operation, cache, { dist, work, seconds, rounds, connections }));
          console.log(line(rows[rows.length - 1]));
        }
      } finally {
        await service.stop();
        await baseline?.stop();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const loadAfter = loadavg();
  const out = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, process.env.BENCH_DATABASE_URL ? 'http-postgres.json' : 'http.json'),
    JSON.stringify(
      {
        command: `BENCH_CACHE=${modes.join(',')} npm run bench:http -- --seconds ${seconds} --rounds ${rounds} --connections ${connections}`,
        database: process.env.BENCH_DATABASE_URL ? 'postgres' : 'sqlite',
        baseline: process.env.BENCH_BASELINE_LABEL ?? process.env.BENCH_BASELINE_DIST ?? null,
        cores: cpus().length,
        cpu: cpus()[0]?.model,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadAfter,
        date: new Date().toISOString(),
        rows,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nload average after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}\n\n${table(rows)}`);
}

async function compare(
  service: ServerProcess,
  baseline: ServerProcess | undefined,
  operation: Operation,
  cache: string,
  run: { dist: string; work: string; seconds: number; rounds: number; connections: number },
): Promise<Row> {
  const request = { path: '/graphql', method: 'POST' as const, body: operation.body };
  const probe = await fetch(service.url + request.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  const bytes = Buffer.from(await probe.arrayBuffer());
  if (!probe.ok || bytes.includes('"errors"'))
    throw new Error(`${operation.name} failed: ${bytes.toString().slice(0, 300)}`);
  const bodyFile = join(run.work, `${operation.name}.json`);
  writeFileSync(bodyFile, bytes);
  const ceiling = await startCeiling(run.dist, bodyFile);
  try {
    // Warm-up: V8's optimizer, statement caches, compiled queries; the ceiling warms too.
    await drive(service, request, run.connections, Math.min(3, run.seconds));
    await drive(ceiling, request, run.connections, Math.min(3, run.seconds));
    if (baseline) await drive(baseline, request, run.connections, Math.min(3, run.seconds));
    const serviceRuns: LoadResult[] = [];
    const ceilingRuns: LoadResult[] = [];
    const baselineRuns: LoadResult[] = [];
    for (let round = 0; round < run.rounds; round++) {
      serviceRuns.push(await drive(service, request, run.connections, run.seconds));
      ceilingRuns.push(await drive(ceiling, request, run.connections, run.seconds));
      if (baseline) baselineRuns.push(await drive(baseline, request, run.connections, run.seconds));
    }
    const s = summarize(serviceRuns);
    const c = summarize(ceilingRuns);
    const b = baseline ? summarize(baselineRuns) : undefined;
    return {
      cache,
      operation: operation.name,
      bytes: bytes.length,
      service: s,
      ceiling: c,
      ratio: round3(s.requestsPerSecond / c.requestsPerSecond),
      cpuRatio: round3(c.cpuMicrosPerRequest / s.cpuMicrosPerRequest),
      ...(b ? { baseline: { ...b, ratio: round3(b.requestsPerSecond / c.requestsPerSecond) } } : {}),
      serviceRuns,
      ceilingRuns,
    };
  } finally {
    await ceiling.stop();
  }
}

/** Means of req/s and latency percentiles over the rounds; sums of failures; the highest RSS. */
function summarize(runs: LoadResult[]): Summary {
  const mean = (f: (r: LoadResult) => number) => runs.reduce((sum, r) => sum + f(r), 0) / runs.length;
  return {
    requestsPerSecond: Math.round(mean((r) => r.requestsPerSecond)),
    cpuMicrosPerRequest: round3(mean((r) => r.cpuMicrosPerRequest)),
    p50Ms: round3(mean((r) => r.p50Ms)),
    p99Ms: round3(mean((r) => r.p99Ms)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

function line(r: Row): string {
  const s = r.service;
  return (
    `${r.operation} (cache ${r.cache}, ${r.bytes} bytes): service ${fmt(s.requestsPerSecond)} req/s, p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, ` +
    `${s.cpuMicrosPerRequest} µs CPU per request, non-2xx ${s.non2xx}, errors ${s.errors}, peak RSS ${s.peakRssMb} MB; ` +
    `ceiling ${fmt(r.ceiling.requestsPerSecond)} req/s, ${r.ceiling.cpuMicrosPerRequest} µs CPU per request; ratio ${r.ratio.toFixed(3)}, CPU ratio ${r.cpuRatio.toFixed(3)}` +
    (r.baseline
      ? `; baseline ${fmt(r.baseline.requestsPerSecond)} req/s (ratio ${r.baseline.ratio.toFixed(3)}), speed-up ${(s.requestsPerSecond / r.baseline.requestsPerSecond).toFixed(2)}x`
      : '')
  );
}

function table(rows: Row[]): string {
  const head =
    '| operation | response cache | bytes | service req/s | p50 | p99 | CPU µs per request | ceiling req/s | ceiling CPU µs per request | ratio to ceiling | CPU ratio |\n' +
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const body = rows.map(
    ({ operation, cache, bytes, service: s, ceiling: c, ratio, cpuRatio }) =>
      `| ${operation} | ${cache} | ${fmt(bytes)} | ${fmt(s.requestsPerSecond)} | ${s.p50Ms} ms | ${s.p99Ms} ms | ${s.cpuMicrosPerRequest} | ${fmt(c.requestsPerSecond)} | ${c.cpuMicrosPerRequest} | ${ratio.toFixed(3)} | ${cpuRatio.toFixed(3)} |`,
  );
  return [head, ...body].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
