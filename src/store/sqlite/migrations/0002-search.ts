import { type Kysely, type Migration, sql } from 'kysely';

/**
 * FTS5 over names, aliases and the other words of each entity, folded by unicode61 (case and
 * accents), with prefix indexes for 2 and 3 letters; and the vocabulary the typo matching
 * looks through.
 */
export const sqliteSearch: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create virtual table entity_search using fts5(
        entity_id unindexed, name, aliases, body,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      )`.execute(db);
    await sql`create table search_terms (term text primary key, length integer not null) without rowid`.execute(db);
  },
};
