import { type Kysely, sql } from 'kysely';
import { editDistance } from '../../text/edit-distance';
import { fold } from '../../text/fold';
import { words } from '../../text/words';
import { chunks } from '../chunks';
import type { Database } from '../database';
import type { EntityRecord, SearchHit, SearchQuery } from '../records';
import { searchDocument } from '../search-document';

/** Words this long or longer also match vocabulary words up to this many edits away. */
const FUZZY_MIN_LENGTH = 5;
const FUZZY_MAX_EDITS = 2;
/** The closest vocabulary words one query word may stand for. */
const FUZZY_TERMS = 12;
/** bm25 weights of name, aliases and body: a name match outranks a mention in a statement. */
const WEIGHTS = sql.raw('10.0, 6.0, 1.0');
/** A hit found only through a typo match ranks below the same hit spelled right. */
const FUZZY_PENALTY = 0.5;
const MARK = /<mark>(.*?)<\/mark>/g;

export async function sqliteIndexForSearch(db: Kysely<Database>, entities: EntityRecord[]): Promise<void> {
  for (const e of entities) {
    const doc = searchDocument(e);
    await sql`insert into entity_search (entity_id, name, aliases, body) values (${e.id}, ${doc.name}, ${doc.aliases}, ${doc.body})`.execute(
      db,
    );
    const terms = new Set(words(`${doc.name} ${doc.aliases} ${doc.body}`).filter((w) => w.length >= FUZZY_MIN_LENGTH - FUZZY_MAX_EDITS));
    for (const term of terms) {
      await sql`insert into search_terms (term, length) values (${term}, ${term.length}) on conflict do nothing`.execute(db);
    }
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

  const hits = rows.map((r) => {
    const marked = [...`${r.name} ${r.aliases} ${r.body}`.matchAll(MARK)].map((m) => fold(m[1]));
    const spelledRight = queryWords.every((w) => marked.some((m) => m.startsWith(w)));
    const snippet = [r.name, r.aliases.split(' · ').find((a) => a.includes('<mark>')), r.snippet].find((t) => t?.includes('<mark>'));
    return { entityId: r.id, score: round(r.rank * (spelledRight ? 1 : FUZZY_PENALTY)), snippet: snippet ?? null };
  });
  hits.sort((a, b) => b.score - a.score || (a.entityId < b.entityId ? -1 : 1));
  return hits.slice(0, query.first);
}

/**
 * The query's words, folded, each once; an initialism such as "U.S." becomes the phrase
 * "u s", the way the index tokenized it, rather than two one-letter prefixes matching all.
 */
function queryUnits(text: string): string[] {
  const units = Array.from(text.matchAll(/(?:\p{L}\.){2,}|[^\s]+/gu), (m) =>
    /^(?:\p{L}\.){2,}$/u.test(m[0]) ? words(m[0]).join(' ') : words(m[0]),
  ).flat();
  return [...new Set(units.filter((u) => u.length > 0))];
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
  return rows
    .filter((r) => !r.term.startsWith(word))
    .map((r) => ({ term: r.term, distance: editDistance(word, r.term, FUZZY_MAX_EDITS) }))
    .filter((t) => t.distance <= FUZZY_MAX_EDITS)
    .sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : 1))
    .slice(0, FUZZY_TERMS)
    .map((t) => t.term);
}

/** An FTS5 string token: double quotes doubled, so query text is never FTS syntax. */
function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** Scores to four significant figures: enough to order, stable to read. */
function round(score: number): number {
  return Number(score.toPrecision(4));
}
