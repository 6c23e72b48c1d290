import { type Kysely, sql } from 'kysely';
import type { Database } from '../database';
import type { NeighborRecord } from '../records';
import type { WalkQuery } from '../store-dialect';

/**
 * Neighbors as one recursive query, as in SQLite's walk. PostgreSQL allows one recursive term,
 * so a LATERAL subquery follows relations out and in. UNION drops repeated (entity, depth)
 * rows; PostgreSQL evaluates a recursive query a layer at a time and only as far as its
 * reader asks, so LIMIT on the walk keeps the nearest steps when a hub would flood it. Each
 * entity then takes its shortest distance, and as `via` the lowest-id relation to an entity
 * one step nearer.
 */
export async function postgresWalk(db: Kysely<Database>, q: WalkQuery): Promise<NeighborRecord[]> {
  const predicate = q.predicates?.length ? sql`and r.predicate in (${sql.join(q.predicates)})` : sql``;
  const types = q.types?.length ? sql`and e.type in (${sql.join(q.types)})` : sql``;
  const { rows } = await sql<{ entityId: string; distance: number; viaOut: string | null; viaIn: string | null }>`
    with recursive walk(id, depth) as (
      select cast(${q.entityId} as text) collate "C", 0
      union
      select n.id, w.depth + 1 from walk w
      cross join lateral (
        select r.object_id as id from relations r where r.subject_id = w.id ${predicate}
        union all
        select r.subject_id from relations r where r.object_id = w.id ${predicate}
      ) n
      where w.depth < ${q.depth}
    ),
    capped as materialized (select id, depth from walk limit ${q.cap}),
    dist as materialized (select id, min(depth) as d from capped group by id),
    picked as (
      select dist.id, dist.d from dist join entities e on e.id = dist.id
      where dist.d > 0 ${types}
      order by dist.d, dist.id
      limit ${q.limit}
    )
    select p.id as "entityId", p.d as distance,
      (select min(r.id) from relations r join dist n on n.id = r.object_id
        where r.subject_id = p.id and n.d = p.d - 1 ${predicate}) as "viaOut",
      (select min(r.id) from relations r join dist n on n.id = r.subject_id
        where r.object_id = p.id and n.d = p.d - 1 ${predicate}) as "viaIn"
    from picked p
    order by p.d, p.id`.execute(db);
  return rows.map((r) => {
    const via = [r.viaOut, r.viaIn].filter((v): v is string => v !== null).sort()[0];
    if (!via) throw new Error(`walk reached ${r.entityId} through no relation`);
    return { entityId: r.entityId, distance: r.distance, viaId: via };
  });
}
