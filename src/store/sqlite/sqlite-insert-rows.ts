import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../database';

/** Bound values per multi-row statement: well under SQLite's limit of 32,766. */
const VALUES_PER_STATEMENT = 2_000;

/**
 * Multi-row INSERTs of one fixed width per table (as many rows as fit `VALUES_PER_STATEMENT`),
 * so each table's statement text is one, prepared once and kept (see statement-cache.ts); the
 * last rows that do not fill one go through the one-row statement. The values go into one flat
 * array per statement, with no query building and no object per row. Measured on 1,500,000
 * relations: 1.4 to 1.7 times as fast as one JSON array per statement unpacked by json_each (the
 * way before: JSON.stringify, then SQLite parsing every row again), and less garbage.
 */
export async function sqliteInsertRows<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  conflict?: readonly (keyof Database[T] & string)[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]) as (keyof Insertable<Database[T]>)[];
  const width = Math.max(1, Math.floor(VALUES_PER_STATEMENT / columns.length));
  const head = `insert into ${quote(table)} (${columns.map((c) => quote(String(c))).join(', ')}) values `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const tail = conflict ? ` on conflict (${conflict.map(quote).join(', ')}) do nothing` : '';
  const wide = `${head}${Array<string>(width).fill(tuple).join(', ')}${tail}`;
  const one = `${head}${tuple}${tail}`;
  for (let from = 0; from < rows.length;) {
    const n = rows.length - from >= width ? width : 1;
    const values: unknown[] = new Array(n * columns.length);
    let v = 0;
    for (let r = from; r < from + n; r++) {
      const row = rows[r];
      for (let c = 0; c < columns.length; c++) values[v++] = row[columns[c]] ?? null;
    }
    await db.executeQuery(CompiledQuery.raw(n === width ? wide : one, values));
    from += n;
  }
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
