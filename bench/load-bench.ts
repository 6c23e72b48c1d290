import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { EntityPageDocument } from '../graph/generated/graphql';
import { PROJECT_ROOT } from '../src/paths';
import { type LoadResult, type ServerProcess, drive, startCeiling, startService } from './http-load';

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
    body: JSON.stringify({ query: print(EntityPageDocument), operationName: 'EntityPage', variables: { id: 'location:kyiv' } }),
  };
  const rows: Row[] = [];
  let bytes = 0;
  const loadBefore = loadavg();
  try {
    for (const cache of modes) {
      const service = await startService(dist, { DATABASE_URL: `sqlite:${join(work, `graph-${cache}.db`)}`, RESPONSE_CACHE: cache });
      let ceiling: ServerProcess | undefined;
      try {
        const probe = await fetch(service.url + request.path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request.body,
        });
        const answer = Buffer.from(await probe.arrayBuffer());
        if (!probe.ok || answer.includes('"errors"')) throw new Error(`the entity page failed: ${answer.toString().slice(0, 300)}`);
        bytes = answer.length;
        const bodyFile = join(work, 'entity-page.json');
        writeFileSync(bodyFile, answer);
        ceiling = await startCeiling(dist, bodyFile);
        console.log(`response cache ${cache}: entity page for location:kyiv, ${bytes} bytes; ${seconds} s per run; ${cpus().length} cores`);
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
  const out = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'load.json'),
    JSON.stringify(
      {
        command: `npm run bench:load -- --seconds ${seconds}`,
        operation: 'EntityPage',
        id: 'location:kyiv',
        bytes,
        seconds,
        cores: cpus().length,
        cpu: cpus()[0]?.model,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg(),
        date: new Date().toISOString(),
        rows,
      },
      null,
      2,
    ) + '\n',
  );
  console.log('\n' + table(rows));
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
