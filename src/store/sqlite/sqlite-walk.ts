import { type Kysely, sql } from 'kysely';
import type { Database } from '../database';
import type { NeighborRecord } from '../records';
import type { WalkQuery } from '../store-dialect';

/**
 * Neighbors as one recursive query. The walk's two recursive terms follow relations out and
 * in; UNION drops repeated (entity, depth) rows, and ORDER BY depth makes the queue nearest
 * first, so LIMIT cuts the farthest steps when a hub would flood the walk. Each entity then
 * takes its shortest distance, and as `via` the lowest-id relation to an entity one step
 * nearer, found in SQLite rather than by shipping a hub's every relation to JavaScript. CROSS JOIN
 * keeps SQLite from scanning a whole layer of the walk for each neighbor: it reads the
 * neighbor's own relations and probes the walk by id.
 */
export async function sqliteWalk(db: Kysely<Database>, q: WalkQuery): Promise<NeighborRecord[]> {
  const predicate = q.predicates?.length ? sql`and r.predicate in (${sql.join(q.predicates)})` : sql``;
  const types = q.types?.length ? sql`and e.type in (${sql.join(q.types)})` : sql``;
  const { rows } = await sql<{ entityId: string; distance: number; viaOut: string | null; viaIn: string | null }>`
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
    ),
    dist(id, d) as materialized (select id, min(depth) from walk group by id),
    picked as (
      select dist.id, dist.d from dist join entities e on e.id = dist.id
      where dist.d > 0 ${types}
      order by dist.d, dist.id
      limit ${q.limit}
    )
    select p.id as entityId, p.d as distance,
      (select min(r.id) from relations r cross join dist n
        where r.subject_id = p.id and n.id = r.object_id and n.d = p.d - 1 ${predicate}) as viaOut,
      (select min(r.id) from relations r cross join dist n
        where r.object_id = p.id and n.id = r.subject_id and n.d = p.d - 1 ${predicate}) as viaIn
    from picked p
    order by p.d, p.id`.execute(db);
  return rows.map((r) => {
    const via = [r.viaOut, r.viaIn].filter((v): v is string => v !== null).sort()[0];
    if (!via) throw new Error(`walk reached ${r.entityId} through no relation`);
    return { entityId: r.entityId, distance: r.distance, viaId: via };
  });
}
