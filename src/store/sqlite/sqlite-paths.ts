import type { Database as Connection, Statement } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { kShortestPaths } from '../path-finder';
import type { PathQuery, PathRecord } from '../records';

/**
 * Paths over the shared search (path-finder.ts), each layer one statement: both covering
 * indexes read, SQLite sorting by id, and the rows handed over lazily, so a layer through a hub
 * stops being read where the two sides meet. The whole search holds Kysely's one connection,
 * so no write transaction interleaves with its reads.
 */
export function sqlitePaths(connection: Connection) {
  let touching: Statement | null = null;
  const expand = async (ids: string[]) => {
    touching ??= connection.prepare(
      `select id, subject_id as subjectId, object_id as objectId from relations where subject_id in (select value from json_each(?))
        union all
        select id, subject_id, object_id from relations where object_id in (select value from json_each(?))
        order by id`,
    );
    // A relation between two of the ids comes twice; the search takes the second as already done.
    const list = JSON.stringify(ids);
    return touching.iterate(list, list) as Iterable<{ id: string; subjectId: string; objectId: string }>;
  };
  return (db: Kysely<Database>, query: PathQuery): Promise<PathRecord[]> => db.connection().execute(() => kShortestPaths(query, expand));
}
