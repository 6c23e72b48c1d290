import { type Kysely, sql } from 'kysely';
import { chunks, inChunks, insertInChunks } from './chunks';
import type { Database } from './database';
import { SEEK_DEGREE } from './path-finder';

/**
 * Moves the degrees of relation ends by `by` each: +1 for every end of relations just stored,
 * -1 for every end of relations just deleted (an entity at both ends of one is listed twice).
 * Inside the write's transaction, so the degrees change with the relations or not at all.
 */
export async function changeDegrees(trx: Kysely<Database>, ends: readonly string[], by: 1 | -1): Promise<void> {
  const change = new Map<string, number>();
  for (const id of ends) change.set(id, (change.get(id) ?? 0) + by);
  const rows = [...change].map(([entity_id, degree]) => ({ entity_id, degree }));
  // One upsert for both directions: a relation being deleted was counted, so its ends have rows.
  await insertInChunks(
    rows,
    (row) => row,
    (part) =>
      trx
        .insertInto('entity_degrees')
        .values(part)
        .onConflict((oc) =>
          oc
            .column('entity_id')
            .doUpdateSet({ degree: (eb) => eb('entity_degrees.degree', '+', eb.ref('excluded.degree')) }),
        )
        .execute(),
  );
  if (by < 0) {
    for (const part of chunks([...change.keys()])) {
      await trx.deleteFrom('entity_degrees').where('entity_id', 'in', part).where('degree', '<=', 0).execute();
    }
  }
}

/** The relations of `relations` whose ids are not stored yet, each id once: what an import will insert. */
export async function unstoredRelations<T extends { id: string }>(
  trx: Kysely<Database>,
  relations: readonly T[],
): Promise<T[]> {
  const stored = new Set(
    (
      await inChunks(
        relations.map((r) => r.id),
        (part) => trx.selectFrom('relations').select('id').where('id', 'in', part).execute(),
      )
    ).map((r) => r.id),
  );
  const fresh = new Map<string, T>();
  // The first of a repeated id is the one stored (the later ones conflict and are skipped).
  for (const r of relations) if (!stored.has(r.id) && !fresh.has(r.id)) fresh.set(r.id, r);
  return [...fresh.values()];
}

/**
 * Every degree counted again from the relations: after a bulk load, one pass over each
 * relation index (grouped in index order, no sort) instead of a change per relation.
 */
export async function countAllDegrees(trx: Kysely<Database>): Promise<void> {
  await sql`delete from entity_degrees`.execute(trx);
  await sql`insert into entity_degrees (entity_id, degree)
    select subject_id, count(*) from relations group by subject_id`.execute(trx);
  // "where true": SQLite reads an upsert's select without it as ambiguous.
  await sql`insert into entity_degrees (entity_id, degree)
    select object_id, count(*) from relations where true group by object_id
    on conflict (entity_id) do update set degree = entity_degrees.degree + excluded.degree`.execute(trx);
}

/** `WideningCost` of distinct entities: the degrees above `SEEK_DEGREE` come from their own small index. */
export async function wideningCost(db: Kysely<Database>, ids: readonly string[]): Promise<number> {
  const rows = await inChunks(ids, (part) =>
    db
      .selectFrom('entity_degrees')
      .select(sql<number | string | null>`sum(degree - ${sql.lit(SEEK_DEGREE)})`.as('above'))
      .where('entity_id', 'in', part)
      .where('degree', '>', sql.lit(SEEK_DEGREE))
      .execute(),
  );
  return rows.reduce((total, r) => total + Number(r.above ?? 0), ids.length * SEEK_DEGREE);
}

/** Each entity's degree as stored (none stored: zero). */
export async function storedDegrees(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await inChunks(ids, (part) =>
    db.selectFrom('entity_degrees').selectAll().where('entity_id', 'in', part).execute(),
  );
  const degrees = new Map(ids.map((id) => [id, 0]));
  for (const r of rows) degrees.set(r.entity_id, Number(r.degree));
  return degrees;
}
