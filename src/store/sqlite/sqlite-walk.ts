import { type Kysely, sql } from 'kysely';
import type { Database } from '../database';
import type { WalkQuery, WalkStep } from '../store-dialect';

/**
 * A breadth-first walk as one recursive query. Two recursive terms follow relations out and
 * in; UNION drops repeated (entity, depth) rows, and ORDER BY depth makes the queue nearest
 * first, so LIMIT cuts the farthest steps when a hub would flood the walk.
 */
export async function sqliteWalk(db: Kysely<Database>, q: WalkQuery): Promise<WalkStep[]> {
  const predicate = q.predicates?.length
    ? sql`and r.predicate in (${sql.join(q.predicates)})`
    : sql``;
  const { rows } = await sql<WalkStep>`
    with recursive walk(id, depth) as (
      select ${q.entityId}, 0
      union
      select r.object_id, w.depth + 1 from walk w join relations r on r.subject_id = w.id
        where w.depth < ${q.depth} ${predicate}
      union
      select r.subject_id, w.depth + 1 from walk w join relations r on r.object_id = w.id
        where w.depth < ${q.depth} ${predicate}
      order by 2
      limit ${q.cap}
    )
    select w.id as id, min(w.depth) as distance, e.type as type
    from walk w join entities e on e.id = w.id
    group by w.id
    order by distance, w.id`.execute(db);
  return rows;
}
