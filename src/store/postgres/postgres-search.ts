import { type Kysely, sql } from 'kysely';
import { words } from '../../text/words';
import { chunks } from '../chunks';
import type { Database } from '../database';
import type { EntityRecord, SearchHit, SearchQuery } from '../records';
import { searchDocument } from '../search-document';
import { FUZZY_MAX_EDITS, FUZZY_MAX_LENGTH, FUZZY_MIN_LENGTH, closestTerms, queryUnits, rankHits } from '../search-rules';
import { type Matcher, markSnippet, markWords } from './mark-words';

/** Candidates pg_trgm hands over for the exact edit-distance check: bounds the work on a large vocabulary. */
const TRIGRAM_CANDIDATES = 200;
/** ts_rank weights {D, C, B, A}: name (A) 10, aliases (B) 6, body (C) 1, as SQLite's bm25 weights. */
const WEIGHTS = sql.raw(`'{0, 0.1, 0.6, 1.0}'`);
/** ts_rank divides by 1 + log(words): a short name that matches outranks a long one, as bm25 does. */
const LENGTH_NORMALIZATION = sql.raw('1');
/** Rows per INSERT: 5 parameters each. */
const INDEX_CHUNK = 200;

export async function postgresUnindexForSearch(db: Kysely<Database>, ids: string[]): Promise<void> {
  for (const part of chunks(ids)) {
    if (part.length > 0) await sql`delete from entity_search where entity_id in (${sql.join(part)})`.execute(db);
  }
}

/**
 * The document is built from `words()`, the splitting and folding SQLite's unicode61 does and
 * the query side uses: PostgreSQL's own parser would keep "U.S." as one token ("u.s") and
 * the two engines would find different things.
 */
export async function postgresIndexForSearch(db: Kysely<Database>, entities: EntityRecord[]): Promise<void> {
  // The vocabulary gathered chunk by chunk, with each chunk's documents: gathered over all the
  // entities in one go, it was 90 ms of one task for a 7 MB import (between the statements the
  // event loop may turn; see WriteSteps).
  const terms = new Set<string>();
  for (const part of chunks(entities, INDEX_CHUNK)) {
    const rows = part.map((e) => {
      const doc = searchDocument(e);
      const [name, aliases, body] = [doc.name, doc.aliases, doc.body].map((t) => words(t));
      for (const w of [...name, ...aliases, ...body]) {
        if (w.length >= FUZZY_MIN_LENGTH - FUZZY_MAX_EDITS && w.length <= FUZZY_MAX_LENGTH) terms.add(w);
      }
      return sql`(${e.id}, ${doc.name}, ${doc.aliases}, ${doc.body},
        setweight(to_tsvector('simple', ${name.join(' ')}), 'A') || setweight(to_tsvector('simple', ${aliases.join(' ')}), 'B')
          || setweight(to_tsvector('simple', ${body.join(' ')}), 'C'))`;
    });
    await sql`insert into entity_search (entity_id, name, aliases, body, document) values ${sql.join(rows)}`.execute(db);
  }
  for (const part of chunks([...terms])) {
    const rows = part.map((t) => sql`(${t}, ${t.length})`);
    await sql`insert into search_terms (term, length) values ${sql.join(rows)} on conflict do nothing`.execute(db);
  }
}

/**
 * tsvector search with SQLite's contract: each query word matches as a prefix, or, at five
 * letters or more, as any vocabulary word within two edits that shares its first letter.
 * Every word must match (AND). Ranked by weighted ts_rank, typo-only hits halved; matched
 * words are marked in the snippet.
 */
export async function postgresSearch(db: Kysely<Database>, query: SearchQuery): Promise<SearchHit[]> {
  const units = queryUnits(query.query);
  if (units.length === 0) return [];
  const queryWords = units.flatMap((u) => u.split(' '));
  const alternatives = await Promise.all(units.map((u) => typoTerms(db, u)));
  const tsquery = units
    .map((u, i) => (u.includes(' ') ? `(${u.split(' ').join(' <-> ')})` : `(${[`${u}:*`, ...alternatives[i]].join(' | ')})`))
    .join(' & ');
  const types = query.types?.length ? sql`and e.type in (${sql.join(query.types)})` : sql``;
  const { rows } = await sql<{ id: string; rank: number; name: string; aliases: string; body: string }>`
    select s.entity_id as id, ts_rank(${WEIGHTS}, s.document, q, ${LENGTH_NORMALIZATION}) as rank, s.name, s.aliases, s.body
    from to_tsquery('simple', ${tsquery}) q, entity_search s join entities e on e.id = s.entity_id
    where s.document @@ q ${types}
    order by rank desc, s.entity_id
    limit ${query.first * 3}`.execute(db);

  const matcher: Matcher = {
    prefixes: units.filter((u) => !u.includes(' ')),
    exact: alternatives.flat(),
    phrases: units.filter((u) => u.includes(' ')),
  };
  const ranked = rows.map((r) => {
    const name = markWords(r.name, matcher);
    const aliases = r.aliases.split(' · ').map((a) => markWords(a, matcher));
    const body = markSnippet(r.body, matcher);
    const snippet = [name, aliases.find((a) => a.includes('<mark>')), body.snippet].find((t) => t?.includes('<mark>')) ?? null;
    return { id: r.id, rank: r.rank, markedTexts: [name, ...aliases, body.full], snippet };
  });
  return rankHits(ranked, queryWords, query.first);
}

/**
 * Vocabulary words within two edits of `word`, sharing its first letter, not prefix matches
 * already. The first-letter range and length use the primary key; pg_trgm's similarity picks
 * the likeliest candidates; the edit distance decides.
 */
async function typoTerms(db: Kysely<Database>, word: string): Promise<string[]> {
  if (word.length < FUZZY_MIN_LENGTH || word.includes(' ')) return [];
  const first = word[0];
  const next = String.fromCodePoint(first.codePointAt(0)! + 1);
  const { rows } = await sql<{ term: string }>`
    select term from search_terms
    where term >= ${first} and term < ${next}
      and length between ${word.length - FUZZY_MAX_EDITS} and ${word.length + FUZZY_MAX_EDITS}
    order by similarity(term, ${word}) desc, term
    limit ${TRIGRAM_CANDIDATES}`.execute(db);
  return closestTerms(
    word,
    rows.map((r) => r.term),
  );
}
