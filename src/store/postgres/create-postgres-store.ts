import { Kysely, PostgresDialect, sql } from 'kysely';
import { userInfo } from 'node:os';
import { Pool } from 'pg';
import type { Database } from '../database';
import { KyselyGraphStore } from '../kysely-graph-store';
import { portableMigrations } from '../migrations';
import type { StoreDialect } from '../store-dialect';
import type { ListenVersion } from '../version-listener';
import { type StoreOptions, queryLog } from '../store-options';
import { withConnectionErrors } from './connection-errors';
import { listenGraphVersion } from './listen-graph-version';
import { postgresSearch as searchMigration } from './migrations/0002-search';
import { postgresVersionNotify } from './migrations/0004-version-notify';
import { postgresSearchSteps } from './postgres-search';
import { postgresWalk } from './postgres-walk';
import { kShortestPaths } from '../path-finder';
import { relationsTouching } from '../relations-touching';
import { wideningCost } from '../entity-degrees';
import { insertRows } from '../insert-rows';
import { withNamedStatements } from './named-statements';

/** Advisory lock keys, fixed so every replica of this service takes the same ones. */
const MIGRATION_LOCK = 0x6e677261; // "ngra"
const WRITE_LOCK = 0x6e677277; // "ngrw"
/** How long a request waits for a connection before the database counts as unreachable. */
const CONNECT_TIMEOUT_MS = 5_000;

export interface PostgresSettings {
  /** Connections per process. */
  poolSize: number;
  /** PostgreSQL cancels a statement running longer. */
  statementTimeoutMs: number;
}

/** PostgreSQL's own parts: tsvector and trigram search, the recursive walk, advisory locks. */
export const postgresDialect: StoreDialect = {
  // "C" collation compares by code point, as SQLite does: ids and names sort alike on both.
  migrations: {
    ...portableMigrations(sql`text collate "C"`),
    '0002_postgres_search': searchMigration,
    '0004_postgres_version_notify': postgresVersionNotify,
  },
  // A session lock on one connection, held while that same connection migrates: a second
  // replica starting at once waits here, then finds nothing left to do. The statement timeout
  // is for requests; waiting for the lock, or building an index on a large table, may take longer.
  async withMigrationLock(db, run) {
    await db.connection().execute(async (conn) => {
      await sql`set statement_timeout = 0`.execute(conn);
      try {
        await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
        try {
          await run(conn);
        } finally {
          await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
        }
      } finally {
        await sql`reset statement_timeout`.execute(conn);
      }
    });
  },
  // Released at commit or rollback; the writer that waited then sees what the first wrote.
  async lockWrites(trx) {
    await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
  },
  insertRows,
  ...postgresSearchSteps,
  // pg sends a JS array as a text[]; `= any` uses the column's index as `in (...)` does.
  inList: (column) => `${column} = any($1::text[])`,
  listParameter: (ids) => ids,
  pairsTable: (position) =>
    `(select k ->> 0 as first_key, k ->> 1 as second_key from jsonb_array_elements($${position}::jsonb) k)`,
  pairsParameter: (pairs) => JSON.stringify(pairs),
  // One transaction of batched inserts already (see `bulkProgress` for the planner's statistics).
  bulkLoad: (db, run) => run(db),
  // Its indexes are kept up as the rows go in: a load that rebuilt them would lock out readers.
  deferIndexes: async () => async () => {},
  // Autovacuum never sees a load's rows before it commits, so the planner would plan the load's
  // own link checks on the empty tables' statistics all the way (sequential scans, the load
  // slowing as the tables grow). ANALYZE inside the transaction counts its rows: run at each
  // doubling of the entities stored, it costs a handful of samples per load.
  bulkProgress: async (trx, before, after) => {
    if (after >= 1_000 && Math.floor(Math.log2(after)) > Math.floor(Math.log2(Math.max(before, 1))))
      await sql`analyze`.execute(trx);
  },
  walk: postgresWalk,
  paths: (db, query) =>
    kShortestPaths(query, {
      expand: (ids) => relationsTouching(db, ids),
      wideningCost: (ids) => wideningCost(db, ids),
    }),
};

/** A store over a pool of connections to `connectionString`; connection failures surface as SERVICE_UNAVAILABLE. */
export function createPostgresStore(
  connectionString: string,
  settings: PostgresSettings,
  options: StoreOptions = {},
): KyselyGraphStore {
  const url = withDefaultUser(connectionString);
  const pool = new Pool({
    connectionString: url,
    max: settings.poolSize,
    statement_timeout: settings.statementTimeoutMs,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // A connection that dies (server restart, network cut) emits 'error' on its client, and on
  // the pool when idle; unhandled, either would end the process. The query in flight fails
  // with the error anyway, and the pool drops the client and opens a new one on demand.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: withNamedStatements(pool) }),
    ...queryLog(options),
  });
  const listen: ListenVersion = (readVersion, onVersion) => listenGraphVersion(url, readVersion, onVersion);
  return withConnectionErrors(new KyselyGraphStore(db, postgresDialect, listen, undefined, options.walkCap));
}

/**
 * The URL with a user name when it names none: as psql does, PGUSER, else the login name.
 * pg would send an empty name where USER is unset (a service account, a container).
 */
function withDefaultUser(connectionString: string): string {
  const url = new URL(connectionString);
  if (url.username) return connectionString;
  url.username = process.env.PGUSER || process.env.USER || userInfo().username;
  return url.toString();
}
