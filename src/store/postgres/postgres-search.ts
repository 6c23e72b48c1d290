import { sql } from 'kysely';
import { words } from '../../text/words';
import { CHUNK } from '../chunks';
import { searchDocument } from '../search-document';
import { type IndexDialect, type SearchDialect, firstMarked, searchSteps } from '../search-steps';
import { type Matcher, markSnippet, markWords } from './mark-words';

/** Candidates pg_trgm hands over for the exact edit-distance check: bounds the work on a large vocabulary. */
const TRIGRAM_CANDIDATES = 200;
/** ts_rank weights {D, C, B, A}: name (A) 10, aliases (B) 6, body (C) 1, as SQLite's bm25 weights. */
const WEIGHTS = sql.raw(`'{0, 0.1, 0.6, 1.0}'`);
/** ts_rank divides by 1 + log(words): a short name that matches outranks a long one, as bm25 does. */
const LENGTH_NORMALIZATION = sql.raw('1');
/** Rows per INSERT: 5 parameters each. */
const INDEX_CHUNK = 200;

/**
 * The document is built from `words()`, the splitting and folding SQLite's unicode61 does and
 * the query side uses: PostgreSQL's own parser would keep "U.S." as one token ("u.s") and
 * the two engines would find different things.
 */
const TSVECTOR_INDEX: IndexDialect = {
  documentChunk: INDEX_CHUNK,
  async insertDocuments(db, entities) {
    const found: string[] = [];
    const rows = entities.map((e) => {
      const doc = searchDocument(e);
      const [name, aliases, body] = [doc.name, doc.aliases, doc.body].map((t) => words(t));
      found.push(...name, ...aliases, ...body);
      return sql`(${e.id}, ${doc.name}, ${doc.aliases}, ${doc.body},
        setweight(to_tsvector('simple', ${name.join(' ')}), 'A') || setweight(to_tsvector('simple', ${aliases.join(' ')}), 'B')
          || setweight(to_tsvector('simple', ${body.join(' ')}), 'C'))`;
    });
    await sql`insert into entity_search (entity_id, name, aliases, body, document) values ${sql.join(rows)}`.execute(
      db,
    );
    return found;
  },
  termChunk: CHUNK,
  async insertTerms(db, terms) {
    const rows = terms.map((t) => sql`(${t}, ${t.length})`);
    await sql`insert into search_terms (term, length) values ${sql.join(rows)} on conflict do nothing`.execute(db);
  },
};

/**
 * tsvector search with the contract of search-steps.ts (`searchWith`): ranked by weighted ts_rank; matched words
 * marked here (`markWords`), as SQLite's highlight() marks them. The typo candidates read are
 * the likeliest by pg_trgm's similarity: bounds the work on a large vocabulary.
 */
const TSVECTOR: SearchDialect = {
  candidates: (word) => sql`
    order by similarity(term, ${word}) desc, term
    limit ${TRIGRAM_CANDIDATES}`,
  async rows(db, { units, alternatives, types, limit }) {
    const tsquery = units
      .map((u, i) =>
        u.includes(' ') ? `(${u.split(' ').join(' <-> ')})` : `(${[`${u}:*`, ...alternatives[i]].join(' | ')})`,
      )
      .join(' & ');
    const { rows } = await sql<{ id: string; rank: number; name: string; aliases: string; body: string }>`
      select s.entity_id as id, ts_rank(${WEIGHTS}, s.document, q, ${LENGTH_NORMALIZATION}) as rank, s.name, s.aliases, s.body
      from to_tsquery('simple', ${tsquery}) q, entity_search s join entities e on e.id = s.entity_id
      where s.document @@ q ${types}
      order by rank desc, s.entity_id
      limit ${limit}`.execute(db);
    const matcher: Matcher = {
      prefixes: units.filter((u) => !u.includes(' ')),
      exact: alternatives.flat(),
      phrases: units.filter((u) => u.includes(' ')),
    };
    return rows.map((r) => {
      const name = markWords(r.name, matcher);
      const aliases = r.aliases.split(' · ').map((a) => markWords(a, matcher));
      const body = markSnippet(r.body, matcher);
      return {
        id: r.id,
        rank: r.rank,
        markedTexts: [name, ...aliases, body.full],
        snippet: firstMarked(name, aliases, body.snippet),
      };
    });
  },
};

export const postgresSearchSteps = searchSteps(TSVECTOR_INDEX, TSVECTOR);
