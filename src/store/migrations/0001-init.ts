import { type Expression, type Kysely, type Migration, sql } from 'kysely';

/**
 * Sources, their sentences, and the graph with its evidence. Portable DDL only; `text` is the
 * dialect's text type that compares by code point, so ids and names sort the same everywhere.
 */
export const init = (text: 'text' | Expression<unknown>): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sources')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('title', text, (c) => c.notNull())
      .addColumn('publisher', text, (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('published_on', 'text')
      .addColumn('text', text, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sentences')
      .addColumn('source_id', text, (c) => c.notNull().references('sources.id'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('start_offset', 'integer', (c) => c.notNull())
      .addColumn('end_offset', 'integer', (c) => c.notNull())
      .addColumn('text', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('sentences_pk', ['source_id', 'idx'])
      .execute();

    await db.schema
      .createTable('entities')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('type', text, (c) => c.notNull())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('aliases', text, (c) => c.notNull().defaultTo('[]'))
      .addColumn('description', 'text')
      .addColumn('kind', 'text')
      .addColumn('anonymous', 'integer')
      .addColumn('weapon', 'text')
      .addColumn('occurred_on', 'text')
      .addColumn('time_of_day', 'text')
      .addColumn('damage', text, (c) => c.notNull().defaultTo('[]'))
      .addColumn('status', 'text')
      .addColumn('topics', text, (c) => c.notNull().defaultTo('[]'))
      .addColumn('outcome', 'text')
      .addColumn('statement_text', 'text')
      .addColumn('match_names', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('entities_type_name').on('entities').columns(['type', 'name', 'id']).execute();

    await db.schema
      .createTable('relations')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('predicate', text, (c) => c.notNull())
      .addColumn('subject_id', text, (c) => c.notNull().references('entities.id'))
      .addColumn('object_id', text, (c) => c.notNull().references('entities.id'))
      .addColumn('role', 'text')
      .execute();
    await db.schema.createIndex('relations_subject').on('relations').columns(['subject_id', 'predicate']).execute();
    await db.schema.createIndex('relations_object').on('relations').columns(['object_id', 'predicate']).execute();

    await db.schema
      .createTable('positions')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('person_id', text, (c) => c.notNull().references('entities.id'))
      .addColumn('title', text, (c) => c.notNull())
      .addColumn('of_id', text, (c) => c.references('entities.id'))
      .execute();
    await db.schema.createIndex('positions_person').on('positions').column('person_id').execute();

    await db.schema
      .createTable('figures')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('attack_id', text, (c) => c.notNull().references('entities.id'))
      .addColumn('metric', text, (c) => c.notNull())
      .addColumn('value', 'integer', (c) => c.notNull())
      .addColumn('qualifier', 'text')
      .addColumn('reported_by_id', text, (c) => c.references('entities.id'))
      .execute();
    await db.schema.createIndex('figures_attack').on('figures').column('attack_id').execute();

    await db.schema
      .createTable('evidence')
      .addColumn('owner_id', text, (c) => c.notNull())
      .addColumn('source_id', text, (c) => c.notNull().references('sources.id'))
      .addColumn('start_offset', 'integer', (c) => c.notNull())
      .addColumn('end_offset', 'integer', (c) => c.notNull())
      .addColumn('quote', text, (c) => c.notNull())
      .addColumn('sentence_idx', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('evidence_pk', ['owner_id', 'source_id', 'start_offset', 'end_offset'])
      .addCheckConstraint('evidence_span', sql`start_offset < end_offset`)
      .execute();
  },
});
