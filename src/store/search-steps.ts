import { type Kysely, type RawBuilder, sql } from 'kysely';
import { chunks } from './chunks';
import type { Database } from './database';
import type { EntityRecord, SearchHit, SearchQuery } from './records';
import type { StoreDialect } from './store-dialect';
import {
  FUZZY_MAX_EDITS,
  FUZZY_MAX_LENGTH,
  FUZZY_MIN_LENGTH,
  type RankedRow,
  closestTerms,
  queryUnits,
  rankHits,
} from './search-rules';

/**
 * The search steps both dialects take the same way, written once: a dialect passes only what
 * it does its own way (the SQL that matches and ranks, the order it reads typo candidates in).
 */

/** A dialect's three search members, from the two parts it writes its own way. */
export function searchSteps(
  index: IndexDialect,
  search: SearchDialect,
): Pick<StoreDialect, 'indexForSearch' | 'unindexForSearch' | 'search'> {
  return {
    indexForSearch: (db, entities) => indexForSearchWith(db, entities, index),
    unindexForSearch,
    search: (db, query) => searchWith(db, query, search),
  };
}

/** Takes entities out of the full-text index: the same statement on both engines. */
async function unindexForSearch(db: Kysely<Database>, ids: string[]): Promise<void> {
  for (const part of chunks(ids)) {
    if (part.length > 0) await sql`delete from entity_search where entity_id in (${sql.join(part)})`.execute(db);
  }
}

/** How a dialect stores search documents and vocabulary words: statements of its own, in chunks of its own size. */
export interface IndexDialect {
  /** Entities whose documents one statement stores. */
  documentChunk: number;
  /** Stores the documents of `entities`; returns the words in them, for the vocabulary. */
  insertDocuments(db: Kysely<Database>, entities: EntityRecord[]): Promise<string[]>;
  /** Vocabulary words one statement stores. */
  termChunk: number;
  /** Stores vocabulary words, each skipped where it is stored already. */
  insertTerms(db: Kysely<Database>, terms: string[]): Promise<void>;
}

/**
 * Each entity's document and new vocabulary words, inside the transaction that stores the
 * entities. The vocabulary is gathered chunk by chunk, with each chunk's documents (gathered
 * over all the entities in one go, it was 90 ms of one task for a 7 MB import on PostgreSQL;
 * between the statements the event loop may turn, see WriteSteps), and stored once after all
 * of them, each word once: per chunk, most were upserts of words a chunk before had stored.
 */
async function indexForSearchWith(
  db: Kysely<Database>,
  entities: EntityRecord[],
  dialect: IndexDialect,
): Promise<void> {
  const terms = new Set<string>();
  for (const part of chunks(entities, dialect.documentChunk)) {
    for (const w of await dialect.insertDocuments(db, part)) if (isVocabularyWord(w)) terms.add(w);
  }
  for (const part of chunks([...terms], dialect.termChunk)) await dialect.insertTerms(db, part);
}

/** Whether a document's word goes into the typo vocabulary: a typo of a searched word could reach it, and it is short enough to index. */
function isVocabularyWord(word: string): boolean {
  return word.length >= FUZZY_MIN_LENGTH - FUZZY_MAX_EDITS && word.length <= FUZZY_MAX_LENGTH;
}

/** The query as a dialect's search reads it: its units (words, initialisms as phrases), each unit's typo alternatives. */
export interface SearchUnits {
  units: string[];
  alternatives: string[][];
  /** `and e.type in (...)` when the query names types, else nothing. */
  types: RawBuilder<unknown>;
  /** Rows to rank: three times the hits asked for, before the typo-only ones are halved and the first kept. */
  limit: number;
}

/** What a dialect's search does its own way. */
export interface SearchDialect {
  /** Appended to the vocabulary read for `word`: an order and a bound on the candidates (PostgreSQL), or nothing. */
  candidates(word: string): RawBuilder<unknown>;
  /** The matching rows, ranked and marked. */
  rows(db: Kysely<Database>, query: SearchUnits): Promise<RankedRow[]>;
}

/**
 * Each query word matches as a prefix, or, at five letters or more, as any vocabulary word
 * within two edits that shares its first letter; every word must match (AND); typo-only hits
 * count half (`rankHits`).
 */
async function searchWith(db: Kysely<Database>, query: SearchQuery, dialect: SearchDialect): Promise<SearchHit[]> {
  const units = queryUnits(query.query);
  if (units.length === 0) return [];
  const alternatives = await Promise.all(units.map((u) => typoTerms(db, u, dialect)));
  const types = query.types?.length ? sql`and e.type in (${sql.join(query.types)})` : sql``;
  const rows = await dialect.rows(db, { units, alternatives, types, limit: query.first * 3 });
  return rankHits(
    rows,
    units.flatMap((u) => u.split(' ')),
    query.first,
  );
}

/**
 * Vocabulary words within two edits of `word`, sharing its first letter, not prefix matches
 * already. The first-letter range and length use the primary key; the edit distance decides.
 */
async function typoTerms(db: Kysely<Database>, word: string, dialect: SearchDialect): Promise<string[]> {
  if (word.length < FUZZY_MIN_LENGTH || word.includes(' ')) return [];
  const first = word[0];
  const next = String.fromCodePoint(first.codePointAt(0)! + 1);
  const { rows } = await sql<{ term: string }>`
    select term from search_terms
    where term >= ${first} and term < ${next}
      and length between ${word.length - FUZZY_MAX_EDITS} and ${word.length + FUZZY_MAX_EDITS}${dialect.candidates(word)}`.execute(
    db,
  );
  return closestTerms(
    word,
    rows.map((r) => r.term),
  );
}

/** A hit's snippet: the first of its name, the alias that matched, its body passage, that has a matched word. */
export function firstMarked(name: string, aliases: string[], body: string): string | null {
  return [name, aliases.find((a) => a.includes('<mark>')), body].find((t) => t?.includes('<mark>')) ?? null;
}
