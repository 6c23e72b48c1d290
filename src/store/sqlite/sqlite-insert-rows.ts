import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import { chunks } from '../chunks';
import type { Database } from '../database';

/** Rows per statement: one JSON text each, so no bound-parameter limit applies. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Rows as one JSON array per statement, unpacked by json_each: one SQL text per table (prepared
 * once) and no query building per row, where Kysely's multi-row INSERT builds and compiles a
 * statement of 500 rows' parameters each time. A bulk load of 5,000,000 relations spent more
 * time building those statements than SQLite spent running them.
 */
export async function sqliteInsertRows<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  conflict?: readonly (keyof Database[T] & string)[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]) as (keyof Insertable<Database[T]>)[];
  const values = columns.map((_, i) => `value ->> ${i}`).join(', ');
  // "where true" tells SQLite's parser the ON CONFLICT belongs to the INSERT, not to a join.
  const skip = conflict ? ` where true on conflict (${conflict.map(quote).join(', ')}) do nothing` : '';
  const text = `insert into ${quote(table)} (${columns.map((c) => quote(String(c))).join(', ')}) select ${values} from json_each(?)${skip}`;
  for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
    const json = JSON.stringify(part.map((row) => columns.map((c) => row[c] ?? null)));
    await db.executeQuery(CompiledQuery.raw(text, [json]));
  }
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
