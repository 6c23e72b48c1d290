import { type Kysely, sql } from 'kysely';
import { words } from '../../text/words';
import { chunks } from '../chunks';
import type { Database } from '../database';
import type { EntityRecord, SearchHit, SearchQuery } from '../records';
import { searchDocument } from '../search-document';
import { FUZZY_MAX_EDITS, FUZZY_MAX_LENGTH, FUZZY_MIN_LENGTH, closestTerms, queryUnits, rankHits } from '../search-rules';

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
 * Each entity's document and new vocabulary words, a chunk of entities per statement (one JSON
 * parameter, so one prepared statement whatever the chunk): a million entities load in seconds.
 * The words are gathered over all the entities first, each stored once: per chunk, most were
 * upserts of words a chunk before had stored.
 */
export async function sqliteIndexForSearch(db: Kysely<Database>, entities: EntityRecord[]): Promise<void> {
  const terms = new Set<string>();
  for (const part of chunks(entities, SEARCH_CHUNK)) {
    const docs = part.map((e) => {
      const doc = searchDocument(e);
      return [e.id, doc.name, doc.aliases, doc.body];
    });
    await sql`insert into entity_search (entity_id, name, aliases, body)
      select value ->> 0, value ->> 1, value ->> 2, value ->> 3 from json_each(${JSON.stringify(docs)})`.execute(db);
    for (const [, name, aliases, body] of docs) {
      for (const w of words(`${name} ${aliases} ${body}`))
        if (w.length >= FUZZY_MIN_LENGTH - FUZZY_MAX_EDITS && w.length <= FUZZY_MAX_LENGTH) terms.add(w);
    }
  }
  for (const part of chunks([...terms], TERMS_CHUNK)) {
    // "where true" tells SQLite's parser the ON CONFLICT belongs to the INSERT, not to a join.
    await sql`insert into search_terms (term, length)
      select value ->> 0, value ->> 1 from json_each(${JSON.stringify(part.map((t) => [t, t.length]))}) where true
      on conflict do nothing`.execute(db);
  }
}

export async function sqliteUnindexForSearch(db: Kysely<Database>, ids: string[]): Promise<void> {
  for (const part of chunks(ids)) {
    if (part.length > 0) await sql`delete from entity_search where entity_id in (${sql.join(part)})`.execute(db);
  }
}

/**
 * FTS5 search: each query word matches as a prefix, or, at five letters or more, as any
 * vocabulary word within two edits that shares its first letter. Every word must match
 * (AND). Ranked by weighted bm25, typo-only hits halved; the snippet marks matched words.
 */
export async function sqliteSearch(db: Kysely<Database>, query: SearchQuery): Promise<SearchHit[]> {
  const units = queryUnits(query.query);
  if (units.length === 0) return [];
  const queryWords = units.flatMap((u) => u.split(' '));
  const alternatives = await Promise.all(units.map((u) => typoTerms(db, u)));
  const match = units
    .map((u, i) => (u.includes(' ') ? quote(u) : `(${[`${quote(u)}*`, ...alternatives[i].map(quote)].join(' OR ')})`))
    .join(' AND ');
  const types = query.types?.length ? sql`and e.type in (${sql.join(query.types)})` : sql``;
  const { rows } = await sql<{ id: string; rank: number; name: string; aliases: string; body: string; snippet: string }>`
    select s.entity_id as id, -bm25(entity_search, ${WEIGHTS}) as rank,
      highlight(entity_search, 1, '<mark>', '</mark>') as name,
      highlight(entity_search, 2, '<mark>', '</mark>') as aliases,
      highlight(entity_search, 3, '<mark>', '</mark>') as body,
      snippet(entity_search, 3, '<mark>', '</mark>', '…', 16) as snippet
    from entity_search s join entities e on e.id = s.entity_id
    where entity_search match ${match} ${types}
    order by rank desc, s.entity_id
    limit ${query.first * 3}`.execute(db);

  const ranked = rows.map((r) => ({
    id: r.id,
    rank: r.rank,
    markedTexts: [r.name, r.aliases, r.body],
    snippet: [r.name, r.aliases.split(' · ').find((a) => a.includes('<mark>')), r.snippet].find((t) => t?.includes('<mark>')) ?? null,
  }));
  return rankHits(ranked, queryWords, query.first);
}

/** Vocabulary words within two edits of `word` (same first letter, not already prefix matches). */
async function typoTerms(db: Kysely<Database>, word: string): Promise<string[]> {
  if (word.length < FUZZY_MIN_LENGTH || word.includes(' ')) return [];
  const first = word[0];
  const next = String.fromCodePoint(first.codePointAt(0)! + 1);
  const { rows } = await sql<{ term: string }>`
    select term from search_terms
    where term >= ${first} and term < ${next}
      and length between ${word.length - FUZZY_MAX_EDITS} and ${word.length + FUZZY_MAX_EDITS}`.execute(db);
  return closestTerms(
    word,
    rows.map((r) => r.term),
  );
}

/** An FTS5 string token: double quotes doubled, so query text is never FTS syntax. */
function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}
