import type { Insertable, Kysely } from 'kysely';
import { insertInChunks } from './chunks';
import type { Database } from './database';

/** `StoreDialect.insertRows` in portable Kysely: multi-row INSERTs of a bounded number of rows. */
export async function insertRows<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  conflict?: readonly (keyof Database[T] & string)[],
): Promise<void> {
  await insertInChunks(
    rows,
    (row) => row,
    async (part) => {
      const insert = db.insertInto(table).values(part);
      await (conflict ? insert.onConflict((oc) => oc.columns(conflict).doNothing()) : insert).execute();
    },
  );
}
