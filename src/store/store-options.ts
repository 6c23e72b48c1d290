import type { KyselyConfig } from 'kysely';

export interface StoreOptions {
  /** Called with every SQL statement the store runs: tests count them to check batching. */
  onQuery?: (sql: string) => void;
  /** Walk steps one neighborhood call may take (default `WALK_CAP`); tests make hubs bigger than it small. */
  walkCap?: number;
}

/** Kysely's `log` hook for `onQuery`, or nothing when no one listens. */
export function queryLog(options: StoreOptions): Pick<KyselyConfig, 'log'> {
  const { onQuery } = options;
  if (!onQuery) return {};
  return {
    log(event) {
      if (event.level === 'query') onQuery(event.query.sql);
    },
  };
}
