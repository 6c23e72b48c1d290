import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../src/paths';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store';
import { Role, createKey } from '../helpers/api-keys';
import { TEST_POSTGRES_SETTINGS } from '../helpers/engines';
import { OPERATIONS } from '../helpers/operations';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database';

const ENTRY = join(PROJECT_ROOT, 'dist', 'src', 'index.js');
const QUERY = `{
  sources { id }
  stats { entities { type count } relations { predicate count } sources figures }
  entity(id: "attack:kyiv-drone-strikes") { ... on Attack { weapon killed injured targets { id } figures { metric value } } }
}`;

interface Replica {
  process: ChildProcess;
  url: string;
  /** What the replica logged when it checked the seeds. */
  seeds: { loaded: string[]; skipped: string[] };
}

/** Starts `node dist/src/index.js` on port 0 and waits until it has seeded and listens. */
function startReplica(databaseUrl: string): Promise<Replica> {
  const child = spawn(process.execPath, [ENTRY], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let seeds: Replica['seeds'] | undefined;
    const output: string[] = [];
    const timer = setTimeout(() => reject(new Error(`replica did not start in 30 s:\n${output.join('\n')}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}:\n${output.join('\n')}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const entry = JSON.parse(line) as { msg?: string; loaded?: string[]; skipped?: string[] };
      if (entry.msg === 'seeds checked') seeds = { loaded: entry.loaded ?? [], skipped: entry.skipped ?? [] };
      const listening = entry.msg?.match(/^Server listening at (http:\/\/127\.0\.0\.1:\d+)$/);
      if (listening && seeds) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ process: child, url: listening[1], seeds });
      }
    });
  });
}

function stop(replica: Replica): Promise<void> {
  return new Promise((resolve) => {
    if (replica.process.exitCode !== null) return resolve();
    replica.process.once('exit', () => resolve());
    replica.process.kill('SIGTERM');
  });
}

/**
 * Two service processes started at the same moment on one fresh PostgreSQL database: both
 * migrate (one waits on the other's advisory lock), the seed is written once, and both answer
 * the same data.
 */
describe('two replicas on one PostgreSQL database', () => {
  let database: TestDatabase;
  let replicas: Replica[] = [];
  beforeAll(async () => {
    if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run "npm run build" first (npm test does)`);
    database = await createTestDatabase();
    replicas = await Promise.all([startReplica(database.url), startReplica(database.url)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(replicas.map(stop));
    await database.drop();
  });

  it('seeds once between them', () => {
    const loaded = replicas.flatMap((r) => r.seeds.loaded);
    const skipped = replicas.flatMap((r) => r.seeds.skipped);
    expect(loaded).toEqual(['source:aljazeera-kyiv-drone-strikes']);
    expect(skipped).toEqual(['source:aljazeera-kyiv-drone-strikes']);
  });

  it('are both ready and answer the same data', async () => {
    const answers = await Promise.all(
      replicas.map(async (r) => {
        expect((await fetch(`${r.url}/readyz`)).status).toBe(200);
        const response = await fetch(`${r.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
        });
        return response.json() as Promise<{ data: { sources: { id: string }[] }; errors?: unknown }>;
      }),
    );
    expect(answers[0].errors).toBeUndefined();
    expect(answers[0].data.sources).toEqual([{ id: 'source:aljazeera-kyiv-drone-strikes' }]);
    expect(answers[1]).toEqual(answers[0]);
  });

  it('show a write acknowledged by one replica in the next read of the other, cached before', async () => {
    const [writer, reader] = replicas;
    const keys = createPostgresStore(database.url, TEST_POSTGRES_SETTINGS);
    const editor = await createKey(keys, Role.EDITOR, 'replica-editor').finally(() => keys.close());
    const read = (replica: Replica, headers: Record<string, string> = {}) =>
      fetch(
        `${replica.url}/graphql?query=${encodeURIComponent('{ entity(id: "location:kyiv") { version description } }')}`,
        { headers },
      );
    const entity = async (response: Response) =>
      ((await response.json()) as { data: { entity: { version: number; description: string } } }).data.entity;

    for (const round of [1, 2, 3]) {
      await read(reader);
      const cached = await read(reader);
      expect(cached.headers.get('x-cache')).toBe('hit');
      const etag = cached.headers.get('etag')!;
      const { version } = await entity(cached);
      const description = `Capital of Ukraine, round ${round}`;
      const written = await fetch(`${writer.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
        body: JSON.stringify({
          query: OPERATIONS,
          operationName: 'UpdateEntity',
          variables: { input: { id: 'location:kyiv', expectedVersion: version, description } },
        }),
      });
      expect(
        ((await written.json()) as { data: { updateEntity: { userErrors: unknown[] } } }).data.updateEntity.userErrors,
      ).toEqual([]);
      const after = await read(reader, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(await entity(after)).toEqual({ version: version + 1, description });
    }
  });
});
