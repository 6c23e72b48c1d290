/** Rows per INSERT and ids per IN list: well under every dialect's bound-parameter limit. */
export const CHUNK = 500;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `run` over the distinct ids, a bounded IN list at a time, and concatenates the rows. */
export async function inChunks<T>(ids: readonly string[], run: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const parts = await Promise.all(chunks(unique).map(run));
  return parts.flat();
}

/**
 * Inserts `items` as rows, one bounded INSERT at a time, in order (a transaction runs one
 * statement at a time). `insert` builds and runs the statement for one chunk of rows.
 */
export async function insertInChunks<T, R>(
  items: readonly T[],
  toRow: (item: T) => R,
  insert: (rows: R[]) => Promise<unknown>,
): Promise<void> {
  for (const part of chunks(items)) await insert(part.map(toRow));
}
