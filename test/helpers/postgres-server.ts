import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** A PostgreSQL server the tests may create databases on; `stop` removes it when the tests made it. */
export interface PostgresServer {
  /** A connection string to a database that exists (for CREATE/DROP DATABASE). */
  adminUrl: string;
  stop(): void;
}

/** The local server as the `postgres` superuser, else as the login user (psql's default). */
const LOCAL = ['postgres', process.env.USER || userInfo().username].map(
  (user) => `postgres://${user}@127.0.0.1:5432/postgres`,
);

export const HOW_TO_GET_ONE = [
  'The PostgreSQL tests need a server, and none was found. Any one of these will do:',
  '  - set TEST_DATABASE_URL=postgres://USER@HOST:PORT/DB (a user that may CREATE DATABASE);',
  '  - run PostgreSQL on 127.0.0.1:5432 with user "postgres" (e.g. apt-get install postgresql, then',
  '    pg_ctlcluster <version> main start);',
  '  - install the server binaries (initdb, pg_ctl under /usr/lib/postgresql/*/bin): the tests then',
  '    start a throwaway cluster of their own.',
].join('\n');

/**
 * Finds a server in this order: `TEST_DATABASE_URL`; one on 127.0.0.1:5432; a throwaway
 * cluster made with the system's initdb and pg_ctl on a free port. Throws, saying how to get
 * one, when there is none: the PostgreSQL tests never skip silently.
 */
export async function findPostgresServer(): Promise<PostgresServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    if (!(await answers(given))) throw new Error(`TEST_DATABASE_URL=${given} does not answer.\n${HOW_TO_GET_ONE}`);
    return { adminUrl: given, stop: () => {} };
  }
  for (const url of LOCAL) if (await answers(url)) return { adminUrl: url, stop: () => {} };
  const bin = serverBinaries();
  if (bin) return startThrowawayCluster(bin);
  throw new Error(HOW_TO_GET_ONE);
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions
    .map((v) => join(root, v, 'bin'))
    .find((bin) => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl')));
}

/** initdb refuses to run as root: as root, the cluster belongs to the `postgres` user. */
export async function startThrowawayCluster(bin: string): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'graph-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (file: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, file), ...args], { stdio: 'ignore' })
      : execFileSync(join(bin, file), args, { stdio: 'ignore' });
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
