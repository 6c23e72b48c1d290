import { type Expression, type Kysely, type Migration, sql } from 'kysely';

/**
 * The write side: a version on every entity (optimistic concurrency), one graph version bumped
 * by every write (what a response cache keys on), API keys (hashes only), and the history of
 * writes with the entities each touched. A change's primary key is the graph version it made:
 * unique, increasing, and the same on every dialect without an identity column.
 */
export const writes = (text: 'text' | Expression<unknown>): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('entities')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('graph_meta')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await sql`insert into graph_meta (id, version) values (1, 0)`.execute(db);

    await db.schema
      .createTable('api_keys')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('role', text, (c) => c.notNull())
      .addColumn('key_hash', text, (c) => c.notNull().unique())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('changes')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('at', text, (c) => c.notNull())
      .addColumn('key_id', text)
      .addColumn('author', text, (c) => c.notNull())
      .addColumn('operation', text, (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .execute();
    await db.schema
      .createTable('change_entities')
      .addColumn('entity_id', text, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().references('changes.version'))
      .addPrimaryKeyConstraint('change_entities_pk', ['entity_id', 'version'])
      .execute();
  },
});
