import { type CompiledQuery, type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import { Direction } from '../domain/direction';
import { fold } from '../text/fold';
import type { Database } from './database';
import type { EntityListQuery, EntityRecord, Page } from './records';
import { toEntity } from './rows';

/** `GraphStore.listEntities`: one page and the total count, both through `read` (see `StoreReads.read`). */
export async function listEntities(
  db: Kysely<Database>,
  read: <R>(query: CompiledQuery) => Promise<R[]>,
  query: EntityListQuery,
): Promise<Page<EntityRecord>> {
  let base = db.selectFrom('entities').where('type', '=', query.type);
  if (query.name) base = base.where(sql<SqlBool>`match_names like ${likePattern(fold(query.name))} escape '\\'`);
  if (query.weapon) base = base.where('weapon', '=', query.weapon);
  if (query.status) base = base.where('status', '=', query.status);
  if (query.kind) base = base.where('kind', '=', query.kind);
  for (const link of query.linkedTo ?? []) {
    const [own, other] =
      link.direction === Direction.OUTGOING
        ? (['subject_id', 'object_id'] as const)
        : (['object_id', 'subject_id'] as const);
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('relations as l')
          .select('l.id')
          .whereRef(`l.${own}`, '=', 'entities.id')
          .where('l.predicate', '=', link.predicate)
          .where(`l.${other}`, '=', link.entityId),
      ),
    );
  }
  const order = query.descending ? 'desc' : 'asc';
  let page = base
    .selectAll()
    .orderBy('name', order)
    .orderBy('id', order)
    .limit(query.first + 1);
  const after = query.after;
  if (after) {
    const beyond = query.descending ? '<' : '>';
    page = page.where((eb) =>
      eb.or([eb('name', beyond, after.name), eb.and([eb('name', '=', after.name), eb('id', beyond, after.id)])]),
    );
  }
  const [rows, [count]] = await Promise.all([
    read<Selectable<Database['entities']>>(page.compile()),
    read<{ n: number }>(base.select((eb) => eb.fn.countAll<number>().as('n')).compile()),
  ]);
  return {
    items: rows.slice(0, query.first).map(toEntity),
    totalCount: Number(count.n),
    hasNextPage: rows.length > query.first,
  };
}

function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
