import { type CompiledQuery, type Kysely, sql } from 'kysely';
import { Direction } from '../domain/direction';
import { chunks } from './chunks';
import type { Database } from './database';
import type { Page, RelationPageQuery, RelationRecord } from './records';
import { toRelation } from './rows';

type Row = Database['relations'] & { key: string; total: number; after_cursor: number };

/**
 * Relation pages of many entities in one statement per distinct set of arguments (a list's
 * `relations(first: 2)` is one set, however long the list). Window functions do per entity
 * what LIMIT and COUNT did per query: `total` counts every match, `rn` numbers the matches
 * past the cursor first, so `rn <= first + 1` keeps the page, one more to tell if there is a
 * next, and at least one row to carry the total when nothing lies past the cursor.
 */
export async function relationPages(
  db: Kysely<Database>,
  queries: readonly RelationPageQuery[],
  read: <R>(query: CompiledQuery) => Promise<R[]>,
): Promise<Page<RelationRecord>[]> {
  const groups = new Map<string, RelationPageQuery[]>();
  for (const q of queries) {
    const key = JSON.stringify([q.direction, q.predicates ?? [], q.first, q.after ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const pages = new Map<RelationPageQuery, Page<RelationRecord>>();
  await Promise.all(
    [...groups.values()].flatMap((group) =>
      chunks([...new Set(group.map((q) => q.entityId))]).map(async (ids) => {
        const rows = await read<Row>(pageQuery(db, group[0], ids));
        for (const q of group) {
          if (!ids.includes(q.entityId)) continue;
          const own = rows.filter((r) => r.key === q.entityId);
          const page = own.filter((r) => r.after_cursor === 1);
          pages.set(q, {
            items: page.slice(0, q.first).map(toRelation),
            totalCount: own[0]?.total ?? 0,
            hasNextPage: page.length > q.first,
          });
        }
      }),
    ),
  );
  return queries.map((q) => pages.get(q)!);
}

function pageQuery(db: Kysely<Database>, q: RelationPageQuery, ids: string[]): CompiledQuery {
  const predicates = q.predicates?.length ? sql`and r.predicate in (${sql.join(q.predicates)})` : sql``;
  const list = sql.join(ids);
  // A relation from an entity to itself is matched once, through its subject.
  const outgoing = sql`select r.subject_id as key, r.* from relations r where r.subject_id in (${list}) ${predicates}`;
  const incoming = sql`select r.object_id as key, r.* from relations r where r.object_id in (${list}) ${predicates}`;
  const both = sql`${outgoing} union all ${incoming} and r.subject_id <> r.object_id`;
  const matches = q.direction === Direction.OUTGOING ? outgoing : q.direction === Direction.INCOMING ? incoming : both;
  const past = q.after === undefined ? sql`1` : sql`case when m.id > ${q.after} then 1 else 0 end`;
  const order = q.after === undefined ? sql`m.id` : sql`${past} desc, m.id`;
  return sql<Row>`
    select * from (
      select m.*, ${past} as after_cursor,
        cast(count(*) over (partition by m.key) as integer) as total,
        row_number() over (partition by m.key order by ${order}) as rn
      from (${matches}) m
    ) ranked
    where rn <= ${q.first + 1}
    order by key, rn`.compile(db);
}
