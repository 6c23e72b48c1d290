import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';

/** A server process under load: its URL, its pid (for RSS) and how to stop it. */
export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** The service, built (`dist/`), in production mode on its own SQLite file, seeded on start. */
export async function startService(distRoot: string, env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = fork(join(distRoot, 'src', 'index.js'), [], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the service exited with code ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, pid: child.pid!, stop: stopper(child) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the service did not become ready in 30 s');
}

/** The bare `node:http` ceiling answering `bodyFile`'s bytes. */
export async function startCeiling(distRoot: string, bodyFile: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = fork(join(distRoot, 'bench', 'ceiling-server.js'), [bodyFile, String(port)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the ceiling server exited with code ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: stopper(child) };
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** CPU time (user and system) a process has used so far, in µs, from /proc (Linux; USER_HZ is 100). */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

export interface LoadResult {
  requestsPerSecond: number;
  /**
   * The server's CPU time per answered request: steadier than req/s on a shared machine,
   * since it does not count the time the server waited for the load generator or the CPU.
   */
  cpuMicrosPerRequest: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  peakRssMb: number;
}

/** Drives `url` with autocannon, sampling the server's RSS every 100 ms for the peak, and its CPU time before and after. */
export async function drive(
  server: ServerProcess,
  request: { path: string; method: 'GET' | 'POST'; body?: string },
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let peakRssMb = rssMb(server.pid);
  const cpuBefore = cpuMicros(server.pid);
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMb(server.pid))), 100);
  try {
    const result = await autocannon({
      url: server.url + request.path,
      method: request.method,
      headers: { 'content-type': 'application/json' },
      body: request.body,
      connections,
      duration: seconds,
    });
    const cpu = cpuMicros(server.pid) - cpuBefore;
    return {
      requestsPerSecond: result.requests.average,
      cpuMicrosPerRequest: result.requests.total > 0 ? Math.round((cpu / result.requests.total) * 10) / 10 : 0,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      peakRssMb: Math.round(peakRssMb),
    };
  } finally {
    clearInterval(sampler);
  }
}
