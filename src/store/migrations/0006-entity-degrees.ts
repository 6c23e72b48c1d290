import { type Expression, type Kysely, type Migration, sql } from 'kysely';

/**
 * Each entity's degree (its relations, either end), kept by every write: what widening a path
 * search's frontier costs, known before it is read. A row only for a degree above zero;
 * filled here from the relations stored already (each relation index grouped in its order).
 */
export const entityDegrees = (text: 'text' | Expression<unknown>): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('entity_degrees')
      .addColumn('entity_id', text, (c) => c.primaryKey())
      .addColumn('degree', 'integer', (c) => c.notNull())
      .execute();
    await sql`insert into entity_degrees (entity_id, degree)
      select subject_id, count(*) from relations group by subject_id`.execute(db);
    // "where true": SQLite reads an upsert's select without it as ambiguous.
    await sql`insert into entity_degrees (entity_id, degree)
      select object_id, count(*) from relations where true group by object_id
      on conflict (entity_id) do update set degree = entity_degrees.degree + excluded.degree`.execute(db);
    // The degrees a path search's cost counts one by one (path-finder.ts, SEEK_DEGREE): few
    // entities (16,000 of 1,000,000 in the benchmark's graph), so the index stays in memory.
    await sql`create index entity_degrees_above_seek on entity_degrees (entity_id, degree) where degree > 32`.execute(
      db,
    );
  },
});
