import 'reflect-metadata';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, userInfo } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { EntityNeighborsDocument, PathDocument, SearchDocument } from '../graph/generated/graphql';
import { PROJECT_ROOT } from '../src/paths';
import { closeApp } from '../src/server/close-app';
import { type Context, createContext } from '../src/server/context';
import { createApp } from '../src/server/create-app';
import type { KyselyGraphStore } from '../src/store/kysely-graph-store';
import { Client } from 'pg';
import { type Config, loadConfig } from '../src/config';
import { createPostgresStore } from '../src/store/postgres/create-postgres-store';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store';
import { progress } from './progress';
import { random, syntheticGraph, syntheticId } from './synthetic-graph';

/**
 * `npm run bench:graph [-- SIZE ...] [--rebuild]`: builds synthetic graphs (5 relations per
 * entity, hub-heavy) into data/ (or, with DATABASE_URL=postgres://.../DB, into databases
 * DB_bench_SIZE on that server) through the store's bulk load, with progress, then times
 * neighbors(depth 2), path and search in-process through the service's Apollo server, set up as
 * `createApp` sets it up for the environment (executor, plugins, limits; no HTTP, no response
 * cache), and prints p50/p99 per size and the ratio between sizes, the load rate and the peak
 * RSS. Writes the figures to bench/results/graph.json.
 */
const SAMPLES = 500;
const WARMUP = 20;
/** Entities per source graph handed to the bulk load (and five times as many relations). */
const CHUNK = 10_000;

type Stats = { p50: number; p99: number };
interface Load {
  entities: number;
  relations: number;
  seconds: number;
  entitiesPerSecond: number;
}

async function main() {
  const args = process.argv.slice(2);
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const rebuild = args.includes('--rebuild');
  const config = loadConfig();
  const loadBefore = loadavg();
  console.log(
    `engine: ${config.database.dialect}; ${cpus().length} cores (${cpus()[0]?.model}), load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
  );
  const results: Record<string, Record<number, Stats>> = {};
  const loads: Record<number, Load | null> = {};
  for (const size of sizes.length ? sizes : [10_000, 100_000]) {
    const { store, load } = await openGraph(config, size, rebuild);
    loads[size] = load;
    // The service's own Apollo server: what a request runs after HTTP, with its executor.
    const app = await createApp({ ...config, responseCache: { ...config.responseCache, enabled: false } }, store);
    const server = app.apollo;
    const rand = random(size);
    const pick = () => syntheticId(Math.floor(rand() * size));
    const names = (await store.entitiesByIds(Array.from({ length: SAMPLES }, pick))).map((e) => e.name);
    const run = <TData, TVars extends Record<string, unknown>>(doc: TypedDocumentNode<TData, TVars>, vars: TVars) =>
      timed(server, store, doc, vars);

    const measured = {
      'neighbors(depth: 2)': await measure(() => run(EntityNeighborsDocument, { id: pick(), depth: 2 })),
      'path(maxDepth: 6)': await measure(() => run(PathDocument, { from: pick(), to: pick(), maxDepth: 6 })),
      'search (half with a typo)': await measure((i) =>
        run(SearchDocument, { query: i % 2 ? typo(names[i % names.length]) : names[i % names.length] }),
      ),
    };
    for (const [query, stats] of Object.entries(measured)) (results[query] ??= {})[size] = stats;
    await closeApp(app, store);
  }
  const loadAfter = loadavg();
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  printTable(results, config.executor);
  for (const [size, load] of Object.entries(loads)) {
    console.log(
      load
        ? `load ${Number(size).toLocaleString('en')}: ${load.entities.toLocaleString('en')} entities and ${load.relations.toLocaleString('en')} relations in ${load.seconds.toFixed(1)} s, ${Math.round(load.entitiesPerSecond).toLocaleString('en')} entities/s`
        : `load ${Number(size).toLocaleString('en')}: reused the graph built before (--rebuild to time the load)`,
    );
  }
  console.log(
    `peak RSS ${peakRssMb} MB; load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
  );
  const out = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const round = (x: number) => Math.round(x * 100) / 100;
  const sizeList = Object.keys(loads).map(Number);
  writeFileSync(
    join(out, config.database.dialect === 'postgres' ? 'graph-postgres.json' : 'graph.json'),
    `${JSON.stringify(
      {
        command: `npm run bench:graph -- ${args.join(' ')}`.trim(),
        database: config.database.dialect,
        executor: config.executor,
        cores: cpus().length,
        cpu: cpus()[0]?.model,
        loadAverageBefore: loadBefore.map(round),
        loadAverageAfter: loadAfter.map(round),
        date: new Date().toISOString(),
        samples: SAMPLES,
        warmup: WARMUP,
        queries: Object.entries(results).map(([query, bySize]) => ({
          query,
          sizes: Object.fromEntries(
            Object.entries(bySize).map(([size, st]) => [size, { p50Ms: round(st.p50), p99Ms: round(st.p99) }]),
          ),
          p50Ratio: sizeList.length > 1 ? round(bySize[sizeList.at(-1)!].p50 / bySize[sizeList[0]].p50) : null,
        })),
        loads: Object.fromEntries(
          Object.entries(loads).map(([size, l]) => [
            size,
            l && { ...l, seconds: round(l.seconds), entitiesPerSecond: Math.round(l.entitiesPerSecond) },
          ]),
        ),
        peakRssMb,
      },
      null,
      2,
    )}\n`,
  );
}

async function openGraph(
  config: Config,
  size: number,
  rebuild: boolean,
): Promise<{ store: KyselyGraphStore; load: Load | null }> {
  const { store, fresh } =
    config.database.dialect === 'postgres' ? await openPostgres(config, size, rebuild) : openSqlite(size, rebuild);
  await store.migrate();
  if (!fresh) return { store, load: null };
  const relations = size * 5;
  const bar = progress(`building ${size.toLocaleString('en')}`, size + relations, 'entities + relations');
  let done = 0;
  const started = performance.now();
  await store.loadSourceGraphs(syntheticGraph({ entities: size, relations, chunk: CHUNK }), (part) => {
    done += part.entities.length + part.relations.length;
    bar.update(done);
  });
  const seconds = (performance.now() - started) / 1000;
  bar.done(
    `${size.toLocaleString('en')} entities and ${relations.toLocaleString('en')} relations in ${seconds.toFixed(1)} s (indexes included)`,
  );
  // A bulk load leaves PostgreSQL without table statistics until autovacuum comes round;
  // measured before that, plans are guesses. SQLite plans without them.
  if (config.database.dialect === 'postgres') await analyze(config, size);
  return { store, load: { entities: size, relations, seconds, entitiesPerSecond: size / seconds } };
}

function openSqlite(size: number, rebuild: boolean) {
  const file = join(PROJECT_ROOT, 'data', `bench-graph-${size}.db`);
  if (rebuild) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const fresh = !existsSync(file);
  return { store: createSqliteStore(file), fresh };
}

/** DATABASE_URL with a user name (as psql defaults it) and, given a size, that size's database. */
function benchDatabaseUrl(config: Config, size?: number): string {
  if (config.database.dialect !== 'postgres') throw new Error('not a PostgreSQL DATABASE_URL');
  const url = new URL(config.database.connectionString);
  if (!url.username) url.username = process.env.PGUSER || process.env.USER || userInfo().username;
  if (size !== undefined) url.pathname = `/${benchDatabaseName(config, size)}`;
  return url.toString();
}

function benchDatabaseName(config: Config, size: number): string {
  const url = new URL(benchDatabaseUrl(config));
  return `${url.pathname.slice(1) || 'postgres'}_bench_${size}`.replace(/[^a-z0-9_]/gi, '_');
}

/** The graph of one size in its own database beside DATABASE_URL's, created when missing. */
async function openPostgres(config: Config, size: number, rebuild: boolean) {
  const name = benchDatabaseName(config, size);
  const admin = new Client({ connectionString: benchDatabaseUrl(config) });
  await admin.connect();
  try {
    if (rebuild) await admin.query(`drop database if exists ${name} with (force)`);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database ${name}`);
    return { store: createPostgresStore(benchDatabaseUrl(config, size), config.postgres), fresh: !rowCount };
  } finally {
    await admin.end();
  }
}

/** Vacuums and gathers planner statistics on the graph's database, as autovacuum would in time. */
async function analyze(config: Config, size: number): Promise<void> {
  const client = new Client({ connectionString: benchDatabaseUrl(config, size) });
  await client.connect();
  try {
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}

async function timed<TData, TVars extends Record<string, unknown>>(
  server: ApolloServer<Context>,
  store: KyselyGraphStore,
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): Promise<number> {
  const started = performance.now();
  const response = await server.executeOperation<TData, TVars>(
    { query: document, variables },
    { contextValue: createContext(store) },
  );
  const elapsed = performance.now() - started;
  if (response.body.kind === 'single' && response.body.singleResult.errors) {
    throw new Error(JSON.stringify(response.body.singleResult.errors));
  }
  return elapsed;
}

async function measure(run: (i: number) => Promise<number>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push(await run(i));
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { p50: at(0.5), p99: at(0.99) };
}

/** One letter dropped from the middle of the longest word: the typo search must forgive. */
function typo(name: string): string {
  const word = name.split(' ').sort((a, b) => b.length - a.length)[0];
  const cut = Math.floor(word.length / 2);
  return name.replace(word, word.slice(0, cut) + word.slice(cut + 1));
}

function printTable(results: Record<string, Record<number, { p50: number; p99: number }>>, executor: string) {
  const sizes = [...new Set(Object.values(results).flatMap((r) => Object.keys(r).map(Number)))].sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const header = [
    'query',
    ...sizes.flatMap((s) => [`p50 @ ${s.toLocaleString('en')}`, `p99 @ ${s.toLocaleString('en')}`]),
  ];
  if (sizes.length > 1)
    header.push(`p50 ratio ${sizes.at(-1)!.toLocaleString('en')} / ${sizes[0].toLocaleString('en')}`);
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const [query, bySize] of Object.entries(results)) {
    const cells = sizes.flatMap((s) => [ms(bySize[s].p50), ms(bySize[s].p99)]);
    if (sizes.length > 1) cells.push(`${(bySize[sizes.at(-1)!].p50 / bySize[sizes[0]].p50).toFixed(2)}×`);
    lines.push(`| ${query} | ${cells.join(' | ')} |`);
  }
  console.log(
    `\n${SAMPLES} samples each after ${WARMUP} warm-up runs, in-process through the service's Apollo server (executor: ${executor}):\n`,
  );
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
