import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

/** How a validated operation runs (`EXECUTOR`): graphql-jit, compiled once per document, or graphql-js, the reference. */
export type ExecutorName = 'jit' | 'graphql-js';

export type DatabaseConfig =
  { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; connectionString: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: string;
  production: boolean;
  /** Folder of seed sources loaded into an empty database at start. */
  seedDir: string;
  /** Origins a browser may call the API from; `*` for any (the API uses no cookies). */
  corsOrigins: '*' | string[];
  limits: Limits;
  postgres: PostgresConfig;
  responseCache: ResponseCacheConfig;
  /** `EXECUTOR`: graphql-jit (default, faster) or graphql-js (the reference); both are tested. */
  executor: ExecutorName;
}

/** `RESPONSE_CACHE` (on|off, on) and `RESPONSE_CACHE_MAX_MB` (64): answers of keyless reads kept per process. */
export interface ResponseCacheConfig {
  enabled: boolean;
  /** Memory the stored answers may take, bodies and keys counted. */
  maxBytes: number;
}

/** Used when DATABASE_URL is postgres://...: `PG_POOL_SIZE` (10), `PG_STATEMENT_TIMEOUT_MS` (10000). */
export interface PostgresConfig {
  poolSize: number;
  statementTimeoutMs: number;
}

/** What one request may ask for and how slowly it may arrive; each is checked before anything runs (docs/http.md, "Limits"). */
export interface Limits {
  /** Field nesting depth, fragments expanded. */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexer tokens in the query document. */
  maxTokens: number;
  /** Field selections with fragments expanded: fragment fan-out is refused here, cheaply. */
  maxSelections: number;
  /** Characters in the query text. */
  maxQueryLength: number;
  /** Bytes in a request body without a key (reads). */
  bodyLimitBytes: number;
  /** Bytes in a request body that carries `Authorization: Bearer ...` (imports of a few megabytes). */
  writeBodyLimitBytes: number;
  /** Mutations one key may run per minute. */
  writeRateLimit: number;
  /** The cost ceiling: fields that may resolve, each list multiplied by its `first`. */
  maxCost: number;
  /** A request still running after this long is stopped and answered with an error. */
  requestTimeoutMs: number;
  /** An extraction (`extractGraph`) still running in its worker after this long is stopped, its worker replaced, and answered REQUEST_TIMEOUT. */
  extractTimeoutMs: number;
  /** A request's headers must all arrive within this (nginx's client_header_timeout); else 408. */
  headersTimeoutMs: number;
  /** Longest silence of a socket, between two reads of a body included (nginx's client_body_timeout); it is then closed. */
  bodyReadTimeoutMs: number;
  /** A whole request, headers and body, must arrive within this, however it trickles; else 408. */
  receiveTimeoutMs: number;
  /** Open connections per process; one more is closed as it arrives. */
  maxConnections: number;
}

/** Each limit's environment variable and default. */
export const LIMIT_SETTINGS: Record<keyof Limits, { env: string; default: number }> = {
  maxDepth: { env: 'MAX_DEPTH', default: 15 },
  maxAliases: { env: 'MAX_ALIASES', default: 30 },
  maxDirectives: { env: 'MAX_DIRECTIVES', default: 50 },
  maxTokens: { env: 'MAX_TOKENS', default: 5000 },
  maxSelections: { env: 'MAX_SELECTIONS', default: 2000 },
  maxQueryLength: { env: 'MAX_QUERY_LENGTH', default: 50_000 },
  bodyLimitBytes: { env: 'BODY_LIMIT_BYTES', default: 1_048_576 },
  writeBodyLimitBytes: { env: 'WRITE_BODY_LIMIT_BYTES', default: 8 * 1_048_576 },
  writeRateLimit: { env: 'WRITE_RATE_LIMIT', default: 60 },
  maxCost: { env: 'MAX_COST', default: 50_000 },
  requestTimeoutMs: { env: 'REQUEST_TIMEOUT_MS', default: 10_000 },
  // The longest article extractGraph takes (50,000 characters) read in about 1.1 s here: a few times that, under the request's deadline.
  extractTimeoutMs: { env: 'EXTRACT_TIMEOUT_MS', default: 5_000 },
  // nginx's defaults for the first two; Node's own requestTimeout (which Fastify turns off) for the third.
  headersTimeoutMs: { env: 'HEADERS_TIMEOUT_MS', default: 60_000 },
  bodyReadTimeoutMs: { env: 'BODY_READ_TIMEOUT_MS', default: 60_000 },
  receiveTimeoutMs: { env: 'RECEIVE_TIMEOUT_MS', default: 300_000 },
  maxConnections: { env: 'MAX_CONNECTIONS', default: 1000 },
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the environment once and fails fast, naming the variable, when a value is unusable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
  }
  const executor = env.EXECUTOR ?? 'jit';
  if (executor !== 'jit' && executor !== 'graphql-js') {
    throw new Error(`EXECUTOR must be jit or graphql-js, got "${executor}"`);
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    database: parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:./data/graph.db'),
    logLevel,
    production: env.NODE_ENV === 'production',
    seedDir: env.SEED_DIR ?? join(PROJECT_ROOT, 'seed'),
    corsOrigins: parseOrigins(env.CORS_ORIGINS ?? '*'),
    limits: loadLimits(env),
    postgres: {
      poolSize: positiveInteger(env, 'PG_POOL_SIZE', 10),
      statementTimeoutMs: positiveInteger(env, 'PG_STATEMENT_TIMEOUT_MS', 10_000),
    },
    executor,
    responseCache: loadResponseCache(env),
  };
}

export function loadResponseCache(env: NodeJS.ProcessEnv = {}): ResponseCacheConfig {
  const setting = env.RESPONSE_CACHE ?? 'on';
  if (setting !== 'on' && setting !== 'off') throw new Error(`RESPONSE_CACHE must be on or off, got "${setting}"`);
  return { enabled: setting === 'on', maxBytes: positiveInteger(env, 'RESPONSE_CACHE_MAX_MB', 64) * 1_048_576 };
}

export function loadLimits(env: NodeJS.ProcessEnv = {}): Limits {
  const entries = Object.entries(LIMIT_SETTINGS).map(([key, setting]) => {
    const raw = env[setting.env];
    const value = raw === undefined ? setting.default : Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${setting.env} must be a positive integer, got "${raw}"`);
    }
    return [key, value];
  });
  const limits = Object.fromEntries(entries) as Limits;
  // Node refuses headers given longer than the whole request.
  if (limits.headersTimeoutMs > limits.receiveTimeoutMs) {
    throw new Error(
      `HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) must not be longer than RECEIVE_TIMEOUT_MS (${limits.receiveTimeoutMs})`,
    );
  }
  // The socket is silent too while a request runs: a shorter idle time would cut it before its answer or its timeout error.
  if (limits.bodyReadTimeoutMs <= limits.requestTimeoutMs) {
    throw new Error(
      `BODY_READ_TIMEOUT_MS (${limits.bodyReadTimeoutMs}) must be longer than REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`,
    );
  }
  return limits;
}

function parseOrigins(value: string): '*' | string[] {
  if (value.trim() === '*') return '*';
  const origins = value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(
        `CORS_ORIGINS must be * or a comma-separated list of origins like http://localhost:5173, got "${origin}"`,
      );
    }
  }
  return origins;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${env[name]}"`);
  return value;
}

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    const filename = url.slice('sqlite:'.length);
    if (!filename) throw new Error('DATABASE_URL "sqlite:" needs a path, or ":memory:"');
    return { dialect: 'sqlite', filename };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return { dialect: 'postgres', connectionString: url };
  }
  throw new Error(`DATABASE_URL must be sqlite:PATH, sqlite::memory: or postgres://..., got "${url}"`);
}
