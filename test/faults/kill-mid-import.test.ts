import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Sqlite from 'better-sqlite3';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../../src/paths';
import { largeImport } from '../helpers/large-import';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database';

const DIST = join(PROJECT_ROOT, 'dist', 'src');
const READ = `{
  sources { id }
  stats { entities { type count } relations { predicate count } sources figures }
  entity(id: "location:kyiv") { version description }
}`;
const IMPORT = `mutation ($input: ImportSourceInput!) { importSource(input: $input) { created userErrors { message } } }`;
const UPDATE = `mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { version } userErrors { message } } }`;

interface Service {
  process: ChildProcess;
  url: string;
}

/** Starts `node dist/src/index.js` on port 0 on `databaseUrl`, and waits until it listens. */
function startService(databaseUrl: string): Promise<Service> {
  const child = spawn(process.execPath, [join(DIST, 'index.js')], {
    // A deadline long enough that a loaded machine never answers the large import 503 while it still writes.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      REQUEST_TIMEOUT_MS: '120000',
      // The socket is silent while the long import runs: its idle limit must outlast the deadline.
      BODY_READ_TIMEOUT_MS: '180000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const timer = setTimeout(() => reject(new Error(`service did not start in 30 s:\n${output.join('\n')}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`service exited with ${code}:\n${output.join('\n')}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const listening = (JSON.parse(line) as { msg?: string }).msg?.match(
        /^Server listening at (http:\/\/127\.0\.0\.1:\d+)$/,
      );
      if (listening) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ process: child, url: listening[1] });
      }
    });
  });
}

function kill9(service: Service): Promise<void> {
  return new Promise((resolve) => {
    if (service.process.exitCode !== null || service.process.signalCode !== null) return resolve();
    service.process.once('exit', () => resolve());
    service.process.kill('SIGKILL');
  });
}

async function graphql(service: Service, query: string, variables?: unknown, key?: string) {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key && { authorization: `Bearer ${key}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

interface EngineUnderTest {
  name: string;
  /** A fresh database URL for the service. */
  create(): Promise<string>;
  /** True while some connection holds the graph's write transaction open. */
  writing(url: string): Promise<boolean>;
  drop(): Promise<void>;
}

const sqliteFile: EngineUnderTest = (() => {
  let dir = '';
  return {
    name: 'SQLite',
    async create() {
      dir = mkdtempSync(join(tmpdir(), 'kill-'));
      return `sqlite:${join(dir, 'graph.db')}`;
    },
    // A write transaction holds SQLite's write lock: taking it without waiting fails while one runs.
    async writing(url) {
      const db = new Sqlite(url.slice('sqlite:'.length), { timeout: 0 });
      try {
        db.exec('begin immediate');
        db.exec('rollback');
        return false;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw error;
      } finally {
        db.close();
      }
    },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
})();

const postgresDatabase: EngineUnderTest = (() => {
  let database: TestDatabase;
  return {
    name: 'PostgreSQL',
    async create() {
      database = await createTestDatabase();
      return database.url;
    },
    // Every write transaction takes the graph's advisory write lock first and holds it to the end.
    async writing(url) {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: number }>(
          `select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())`,
        );
        return rows[0].n > 0;
      } finally {
        await client.end();
      }
    },
    drop: () => database.drop(),
  };
})();

/**
 * Durability, with the real service process: a write it answered survives `kill -9`, and a
 * `kill -9` in the middle of a large import (thousands of entities, over HTTP) leaves the
 * graph exactly as it was, on the same database after a restart.
 */
describe.each([sqliteFile, postgresDatabase].map((e) => [e.name, e] as const))('kill -9 on %s', (_name, engine) => {
  let url: string;
  let service: Service | undefined;
  let key: string;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.js')))
      throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
    url = await engine.create();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(DIST, 'cli', 'keys.js'), 'create', '--role', 'editor', '--name', 'durability'],
      {
        env: { ...process.env, DATABASE_URL: url },
      },
    );
    key = stdout.trim().split('\n').at(-1)!;
    expect(key).toMatch(/^ngk_[A-Za-z0-9_-]{43}$/);
    service = await startService(url);
  }, 60_000);
  afterAll(async () => {
    if (service) await kill9(service);
    await engine.drop();
  });

  it('keeps a write it answered', async () => {
    const before = (await graphql(service!, READ)).data as { entity: { version: number } };
    const answer = await graphql(
      service!,
      UPDATE,
      { input: { id: 'location:kyiv', expectedVersion: before.entity.version, description: 'Capital of Ukraine' } },
      key,
    );
    expect(answer.data).toEqual({ updateEntity: { entity: { version: before.entity.version + 1 }, userErrors: [] } });
    await kill9(service!);
    service = await startService(url);
    const after = (await graphql(service, READ)).data as { entity: { version: number; description: string } };
    expect(after.entity).toEqual({ version: before.entity.version + 1, description: 'Capital of Ukraine' });
  }, 60_000);

  it('leaves nothing of an import killed half way', async () => {
    const before = await graphql(service!, READ);
    expect(before.errors).toBeUndefined();
    const input = largeImport(3_000);
    const body = JSON.stringify({ query: IMPORT, variables: { input } });
    expect(body.length).toBeGreaterThan(1_048_576); // over the read limit: the key lets it through
    const request = fetch(`${service!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body,
    }).then(
      (response) => `answered ${response.status}`,
      () => 'cut off',
    );
    // The import is checked (every quote located) before its transaction starts: seconds, more on a loaded machine.
    await until(() => engine.writing(url), 'the import is writing', 120_000);
    await kill9(service!);
    expect(await request).toBe('cut off');

    service = await startService(url);
    expect(await graphql(service, READ)).toEqual(before);
    const probe = (await graphql(service, '{ entity(id: "person:agent-k000000") { id } }')).data;
    expect(probe).toEqual({ entity: null });

    // And the same import, not interrupted, is stored whole.
    const done = await graphql(service, IMPORT, { input }, key);
    expect(done.data).toEqual({ importSource: { created: true, userErrors: [] } });
    const stats = (await graphql(service, '{ stats { sources } }')).data as { stats: { sources: number } };
    expect(stats.stats.sources).toBe(2);
  }, 240_000);
});
