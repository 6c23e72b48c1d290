import type { Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct statements kept: the hot ones and their `in (?, ?, ...)` widths fit many times over. */
export const STATEMENT_CAPACITY = 500;

/**
 * What `prepare` makes of an SQL text, made once per text and kept, least recently used out
 * first once `capacity` texts are kept. SQLite re-prepares a kept statement by itself when the
 * schema changes under it.
 */
export function preparedOnce<T>(prepare: (sql: string) => T, capacity = STATEMENT_CAPACITY): (sql: string) => T {
  const kept = new Map<string, T>();
  return (sql) => {
    let value = kept.get(sql);
    if (value !== undefined) {
      kept.delete(sql);
    } else {
      value = prepare(sql);
      if (kept.size >= capacity) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, value);
    return value;
  };
}

/**
 * The database as Kysely's SQLite driver sees it, with each statement prepared once per SQL
 * text. The driver prepares every statement anew, though the store's SQL never changes:
 * preparing was 13% of the entity page's CPU, and this cache answers 72 of its 80 statements
 * over ten requests; measured 1.3 to 1.4 times the page's throughput. Reusing a statement is
 * safe here: Kysely runs one statement at a time on the one connection.
 */
export function withStatementCache(database: Database, capacity = STATEMENT_CAPACITY): SqliteDatabase {
  const prepare = preparedOnce<Statement>((sql) => database.prepare(sql), capacity);
  return { close: () => database.close(), prepare };
}
