import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

export type DatabaseConfig =
  | { dialect: 'sqlite'; filename: string }
  | { dialect: 'postgres'; connectionString: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: string;
  production: boolean;
  /** Folder of seed sources loaded into an empty database at start. */
  seedDir: string;
  postgres: PostgresConfig;
}

/** Used when DATABASE_URL is postgres://...: `PG_POOL_SIZE` (10), `PG_STATEMENT_TIMEOUT_MS` (10000). */
export interface PostgresConfig {
  poolSize: number;
  statementTimeoutMs: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the environment once and fails fast, naming the variable, when a value is unusable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
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
    postgres: {
      poolSize: positiveInteger(env, 'PG_POOL_SIZE', 10),
      statementTimeoutMs: positiveInteger(env, 'PG_STATEMENT_TIMEOUT_MS', 10_000),
    },
  };
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
