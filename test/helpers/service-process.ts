import { type ChildProcess, spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/paths';

export interface Delays {
  maxMs: number;
  p99Ms: number;
  importStartedAfterMs: number | null;
  sinceImportStarted: { maxMs: number; p99Ms: number } | null;
}

/** A service in a process of its own, built from dist/, with an editor key and a probe of its event loop. */
export interface ServiceProcess {
  url: string;
  key: string;
  /** Starts measuring the service's event-loop delay (perf_hooks.monitorEventLoopDelay, 10 ms resolution). */
  measure(): Promise<void>;
  /**
   * Stops measuring: the largest delay and the 99th percentile seen since `measure`, and since
   * the first import began its own work (its resolver's first store call, after the body was
   * parsed and Apollo checked it), with the milliseconds from `measure` to that moment.
   */
  delay(): Promise<Delays>;
  stop(): Promise<void>;
}

/**
 * The child's code: the app over a migrated, seeded store, as `src/index.ts` builds it (V8
 * flags, production mode), but with every read computed (no response cache) and a deadline
 * `REQUEST_TIMEOUT_MS` long. It answers on its IPC channel; its store notes when an import
 * begins its own work.
 */
const CHILD = `
const { join } = require('node:path');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const dist = join(process.env.PROJECT_ROOT, 'dist', 'src');
require(require.resolve('reflect-metadata', { paths: [process.env.PROJECT_ROOT] }));
require(join(dist, 'v8-flags'));
const { createSqliteStore } = require(join(dist, 'store', 'sqlite', 'create-sqlite-store'));
const { createPostgresStore } = require(join(dist, 'store', 'postgres', 'create-postgres-store'));
const { createApp } = require(join(dist, 'server', 'create-app'));
const { loadSeeds } = require(join(dist, 'seed', 'load-seed'));
const { generateApiKey, generateKeyId, hashApiKey } = require(join(dist, 'auth', 'api-key'));
const { wrapStore } = require(join(dist, 'store', 'wrap-store'));
(async () => {
  const database = process.env.DATABASE_URL;
  const real = database.startsWith('postgres')
    ? createPostgresStore(database, { poolSize: 10, statementTimeoutMs: 10000 })
    : createSqliteStore(database.slice('sqlite:'.length));
  await real.migrate();
  await loadSeeds(real, join(process.env.PROJECT_ROOT, 'seed'));
  const whole = monitorEventLoopDelay({ resolution: 10 });
  const sinceImport = monitorEventLoopDelay({ resolution: 10 });
  let measuredAt = 0;
  let importAt = null;
  // An import's first store call (importSource looks its source id up first) marks the start of its own work.
  const store = wrapStore(real, ({ method, proceed }) => {
    if (method === 'sourcesByIds' && measuredAt > 0 && importAt === null) {
      importAt = performance.now();
      sinceImport.enable();
    }
    return proceed();
  });
  const key = generateApiKey();
  await store.createApiKey({ id: generateKeyId(), name: 'editor', role: 'EDITOR', createdAt: new Date().toISOString(), revokedAt: null }, hashApiKey(key));
  const limits = { requestTimeoutMs: Number(process.env.REQUEST_TIMEOUT_MS) };
  const app = await createApp({ logLevel: 'silent', production: true, limits, responseCache: { enabled: false, maxBytes: 1 } }, store);
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const ms = (histogram) => ({ maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 });
  process.on('message', async (message) => {
    if (message === 'measure') {
      whole.reset();
      sinceImport.reset();
      importAt = null;
      measuredAt = performance.now();
      whole.enable();
      process.send({ measuring: true });
    } else if (message === 'delay') {
      whole.disable();
      sinceImport.disable();
      process.send({
        ...ms(whole),
        importStartedAfterMs: importAt === null ? null : importAt - measuredAt,
        sinceImportStarted: importAt === null ? null : ms(sinceImport),
      });
      measuredAt = 0;
    } else if (message === 'stop') {
      await app.fastify.close();
      await store.close();
      process.exit(0);
    }
  });
  process.send({ url: 'http://127.0.0.1:' + app.fastify.server.address().port, key });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

/**
 * Starts the service on `databaseUrl` (`sqlite:FILE` or `postgres://...`) in a child process,
 * so that what is measured is the service's event loop alone: the test's client, its 7 MB body
 * and jest itself run elsewhere. Needs a build (`npx tsc -p tsconfig.build.json`; `npm test`
 * builds first).
 */
export function startServiceProcess(databaseUrl: string, requestTimeoutMs = 120_000): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-e', CHILD], {
    env: { ...process.env, PROJECT_ROOT, DATABASE_URL: databaseUrl, REQUEST_TIMEOUT_MS: String(requestTimeoutMs) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const next = <T>(): Promise<T> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the service exited with ${code}: ${errors}`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(message as T);
      });
    });
  return next<{ url: string; key: string }>().then(({ url, key }) => ({
    url,
    key,
    async measure() {
      const measuring = next();
      child.send('measure');
      await measuring;
    },
    async delay() {
      const answer = next<Delays>();
      child.send('delay');
      return answer;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  }));
}
