import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { EntityPageDocument } from '../graph/generated/graphql';
import { PROJECT_ROOT } from '../src/paths';
import { type LoadResult, drive, startCeiling, startService } from './http-load';

/**
 * `npm run bench:load [-- --seconds N]`: the entity-page operation of graph/operations under
 * autocannon at 10, 50 and 200 connections for 30 s each, against the service (production
 * mode, SQLite, seeded) and, right after at each level, against a bare `node:http` server
 * answering the same bytes: the ceiling. Prints req/s, p50, p99, errors and the server's
 * peak RSS, and writes them to bench/results/load.json.
 */
const LEVELS = [10, 50, 200];

async function main() {
  const secondsArg = process.argv.indexOf('--seconds');
  const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 30;
  const dist = join(PROJECT_ROOT, 'dist');
  const work = mkdtempSync(join(tmpdir(), 'news-graph-load-'));
  const service = await startService(dist, { DATABASE_URL: `sqlite:${join(work, 'graph.db')}` });
  const request = {
    path: '/graphql',
    method: 'POST' as const,
    body: JSON.stringify({ query: print(EntityPageDocument), operationName: 'EntityPage', variables: { id: 'location:kyiv' } }),
  };
  const probe = await fetch(service.url + request.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  const bytes = Buffer.from(await probe.arrayBuffer());
  if (!probe.ok || bytes.includes('"errors"')) throw new Error(`the entity page failed: ${bytes.toString().slice(0, 300)}`);
  const bodyFile = join(work, 'entity-page.json');
  writeFileSync(bodyFile, bytes);
  const ceiling = await startCeiling(dist, bodyFile);
  console.log(`entity page for location:kyiv, ${bytes.length} bytes; ${seconds} s per run; ${cpus().length} cores`);

  const rows: { connections: number; service: LoadResult; ceiling: LoadResult }[] = [];
  try {
    await drive(service, request, 10, Math.min(5, seconds)); // warm-up: JIT, statement caches
    for (const connections of LEVELS) {
      const serviceResult = await drive(service, request, connections, seconds);
      const ceilingResult = await drive(ceiling, request, connections, seconds);
      rows.push({ connections, service: serviceResult, ceiling: ceilingResult });
      console.log(line(connections, serviceResult, ceilingResult));
    }
  } finally {
    await service.stop();
    await ceiling.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const out = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'load.json'),
    JSON.stringify(
      {
        operation: 'EntityPage',
        id: 'location:kyiv',
        bytes: bytes.length,
        seconds,
        cores: cpus().length,
        cpu: cpus()[0]?.model,
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

function line(connections: number, s: LoadResult, c: LoadResult): string {
  return `${connections} connections: service ${fmt(s.requestsPerSecond)} req/s (p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, non-2xx ${s.non2xx}, errors ${s.errors}, peak RSS ${s.peakRssMb} MB); ceiling ${fmt(c.requestsPerSecond)} req/s; ratio ${(s.requestsPerSecond / c.requestsPerSecond).toFixed(2)}`;
}

function table(rows: { connections: number; service: LoadResult; ceiling: LoadResult }[]): string {
  const head =
    '| connections | service req/s | p50 | p99 | non-2xx / errors | service peak RSS | ceiling req/s | ceiling p50 | ratio to ceiling |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const body = rows.map(
    ({ connections, service: s, ceiling: c }) =>
      `| ${connections} | ${fmt(s.requestsPerSecond)} | ${s.p50Ms} ms | ${s.p99Ms} ms | ${s.non2xx} / ${s.errors} | ${s.peakRssMb} MB | ${fmt(c.requestsPerSecond)} | ${c.p50Ms} ms | ${(s.requestsPerSecond / c.requestsPerSecond).toFixed(3)} |`,
  );
  return [head, ...body].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
