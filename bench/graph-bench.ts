import 'reflect-metadata';
import { existsSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { EntityNeighborsDocument, PathDocument, SearchDocument } from '../graph/generated/graphql';
import { PROJECT_ROOT } from '../src/paths';
import { getSchema } from '../src/schema';
import { type Context, createContext } from '../src/server/context';
import type { GraphStore } from '../src/store/graph-store';
import { Client } from 'pg';
import { type Config, loadConfig } from '../src/config';
import { createPostgresStore } from '../src/store/postgres/create-postgres-store';
import { createSqliteStore } from '../src/store/sqlite/create-sqlite-store';
import { random, syntheticGraph, syntheticId } from './synthetic-graph';

/**
 * `npm run bench:graph [-- SIZE ...] [--rebuild]`: builds synthetic graphs (5 relations per
 * entity, hub-heavy) into data/ (or, with DATABASE_URL=postgres://.../DB, into databases
 * DB_bench_SIZE on that server), then times neighbors(depth 2), path and search in-process
 * through the GraphQL schema, and prints p50/p99 per size and the ratio between sizes.
 */
const SAMPLES = 60;
const WARMUP = 5;

async function main() {
  const args = process.argv.slice(2);
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const rebuild = args.includes('--rebuild');
  const config = loadConfig();
  console.log(`engine: ${config.database.dialect}`);
  const results: Record<string, Record<number, { p50: number; p99: number }>> = {};
  for (const size of sizes.length ? sizes : [10_000, 100_000]) {
    const store = await openGraph(config, size, rebuild);
    const server = new ApolloServer<Context>({ schema: await getSchema() });
    await server.start();
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
    await server.stop();
    await store.close();
  }
  printTable(results);
}

async function openGraph(config: Config, size: number, rebuild: boolean): Promise<GraphStore> {
  const { store, fresh } = config.database.dialect === 'postgres' ? await openPostgres(config, size, rebuild) : openSqlite(size, rebuild);
  await store.migrate();
  if (fresh) {
    const started = performance.now();
    const relations = size * 5;
    let entities = 0;
    let links = 0;
    for (const part of syntheticGraph({ entities: size, relations, chunk: 5_000 })) {
      await store.saveSourceGraph(part);
      entities += part.entities.length;
      links += part.relations.length;
      process.stdout.write(`\rbuilding ${size}: ${entities}/${size} entities, ${links}/${relations} relations`);
    }
    process.stdout.write(` in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    // A bulk load leaves PostgreSQL without table statistics until autovacuum comes round;
    // measured before that, plans are guesses. SQLite plans without them.
    if (config.database.dialect === 'postgres') await analyze(config, size);
  }
  return store;
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
  store: GraphStore,
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): Promise<number> {
  const started = performance.now();
  const response = await server.executeOperation<TData, TVars>({ query: document, variables }, { contextValue: createContext(store) });
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

function printTable(results: Record<string, Record<number, { p50: number; p99: number }>>) {
  const sizes = [...new Set(Object.values(results).flatMap((r) => Object.keys(r).map(Number)))].sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const header = ['query', ...sizes.flatMap((s) => [`p50 @ ${s.toLocaleString('en')}`, `p99 @ ${s.toLocaleString('en')}`])];
  if (sizes.length > 1) header.push(`p50 ratio ${sizes.at(-1)!.toLocaleString('en')} / ${sizes[0].toLocaleString('en')}`);
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const [query, bySize] of Object.entries(results)) {
    const cells = sizes.flatMap((s) => [ms(bySize[s].p50), ms(bySize[s].p99)]);
    if (sizes.length > 1) cells.push(`${(bySize[sizes.at(-1)!].p50 / bySize[sizes[0]].p50).toFixed(2)}×`);
    lines.push(`| ${query} | ${cells.join(' | ')} |`);
  }
  console.log(`\n${SAMPLES} samples each after ${WARMUP} warm-up runs, in-process through the GraphQL schema:\n`);
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
