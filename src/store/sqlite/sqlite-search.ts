import { sql } from 'kysely';
import { words } from '../../text/words';
import { searchDocument } from '../search-document';
import { type IndexDialect, type SearchDialect, firstMarked, searchSteps } from '../search-steps';

/** bm25 weights of name, aliases and body: a name match outranks a mention in a statement. */
const WEIGHTS = sql.raw('10.0, 6.0, 1.0');

/**
 * Entities indexed per statement. Each statement runs synchronously, so it is as long as the
 * event loop waits during an import: 2,000 took 11 to 45 ms of CPU, 250 about 6 ms, and 100,000
 * entities index in the same CPU time within noise (2.27 to 2.55 s for either).
 */
const SEARCH_CHUNK = 250;
/** Vocabulary words stored per statement (10,000 took 13 to 18 ms; the same reason). */
const TERMS_CHUNK = 2_000;

/**
 * Documents go as one JSON parameter a chunk, so one prepared statement whatever the chunk: a
 * million entities load in seconds.
 */
const FTS5_INDEX: IndexDialect = {
  documentChunk: SEARCH_CHUNK,
  async insertDocuments(db, entities) {
    const docs = entities.map((e) => {
      const doc = searchDocument(e);
      return [e.id, doc.name, doc.aliases, doc.body];
    });
    await sql`insert into entity_search (entity_id, name, aliases, body)
      select value ->> 0, value ->> 1, value ->> 2, value ->> 3 from json_each(${JSON.stringify(docs)})`.execute(db);
    return docs.flatMap(([, name, aliases, body]) => words(`${name} ${aliases} ${body}`));
  },
  termChunk: TERMS_CHUNK,
  async insertTerms(db, terms) {
    // "where true" tells SQLite's parser the ON CONFLICT belongs to the INSERT, not to a join.
    await sql`insert into search_terms (term, length)
      select value ->> 0, value ->> 1 from json_each(${JSON.stringify(terms.map((t) => [t, t.length]))}) where true
      on conflict do nothing`.execute(db);
  },
};

/** FTS5 search with the contract of search-steps.ts (`searchWith`): ranked by weighted bm25; FTS5 marks the matched words and cuts the snippet. */
const FTS5: SearchDialect = {
  candidates: () => sql``,
  async rows(db, { units, alternatives, types, limit }) {
    const match = units
      .map((u, i) => (u.includes(' ') ? quote(u) : `(${[`${quote(u)}*`, ...alternatives[i].map(quote)].join(' OR ')})`))
      .join(' AND ');
    const { rows } = await sql<{
      id: string;
      rank: number;
      name: string;
      aliases: string;
      body: string;
      snippet: string;
    }>`
      select s.entity_id as id, -bm25(entity_search, ${WEIGHTS}) as rank,
        highlight(entity_search, 1, '<mark>', '</mark>') as name,
        highlight(entity_search, 2, '<mark>', '</mark>') as aliases,
        highlight(entity_search, 3, '<mark>', '</mark>') as body,
        snippet(entity_search, 3, '<mark>', '</mark>', '…', 16) as snippet
      from entity_search s join entities e on e.id = s.entity_id
      where entity_search match ${match} ${types}
      order by rank desc, s.entity_id
      limit ${limit}`.execute(db);
    return rows.map((r) => ({
      id: r.id,
      rank: r.rank,
      markedTexts: [r.name, r.aliases, r.body],
      snippet: firstMarked(r.name, r.aliases.split(' · '), r.snippet),
    }));
  },
};

/** An FTS5 string token: double quotes doubled, so query text is never FTS syntax. */
function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

export const sqliteSearchSteps = searchSteps(FTS5_INDEX, FTS5);
