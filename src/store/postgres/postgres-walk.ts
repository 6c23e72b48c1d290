import { type Kysely, sql } from 'kysely';
import type { Database } from '../database';
import type { NeighborRecord } from '../records';
import type { WalkQuery } from '../store-dialect';

/**
 * Neighbors as one recursive query (SQLite walks layer by layer over prepared statements, sqlite-walk.ts). PostgreSQL allows one recursive term,
 * so a LATERAL subquery follows relations out and in. UNION drops repeated (entity, depth)
 * rows; PostgreSQL evaluates a recursive query a layer at a time and only as far as its
 * reader asks, so LIMIT on the walk keeps the nearest steps when a hub would flood it. Each
 * entity then takes its shortest distance, and as `via` the lowest-id relation to an entity
 * one step nearer: the picked entities' relations first, through the index (materialized, so
 * the planner does not pair every picked entity with every walked one first), then the walk.
 */
export async function postgresWalk(db: Kysely<Database>, q: WalkQuery): Promise<NeighborRecord[]> {
  const predicate = q.predicates?.length ? sql`and r.predicate in (${sql.join(q.predicates)})` : sql``;
  // Every walked id is an entity (relations reference entities): read entities only to filter by type.
  const types = q.types?.length
    ? sql`and exists (select 1 from entities e where e.id = dist.id and e.type in (${sql.join(q.types)}))`
    : sql``;
  const { rows } = await sql<{ entityId: string; distance: number; via: string | null }>`
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
      select dist.id, dist.d from dist
      where dist.d > 0 ${types}
      order by dist.d, dist.id
      limit ${q.limit}
    ),
    touching(id, d, via, other) as materialized (
      select p.id, p.d, r.id, r.object_id from picked p join relations r on r.subject_id = p.id ${predicate}
      union all
      select p.id, p.d, r.id, r.subject_id from picked p join relations r on r.object_id = p.id ${predicate}
    ),
    steps(id, via) as (
      select t.id, min(t.via) from touching t join dist n on n.id = t.other and n.d = t.d - 1 group by t.id
    )
    select p.id as "entityId", p.d as distance, s.via
    from picked p left join steps s on s.id = p.id
    order by p.d, p.id`.execute(db);
  return rows.map((r) => {
    if (!r.via) throw new Error(`walk reached ${r.entityId} through no relation`);
    return { entityId: r.entityId, distance: r.distance, viaId: r.via };
  });
}
