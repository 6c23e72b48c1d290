import type { StoreOptions } from '../../src/store/store-options';

/** Every SQL statement a store runs, written down: pass `options` when opening the store. */
export function sqlCounter() {
  const statements: string[] = [];
  return {
    options: { onQuery: (sql: string) => statements.push(sql) } satisfies StoreOptions,
    /** The statements run while `work` runs (one piece of work at a time). */
    async during(work: () => Promise<unknown>): Promise<string[]> {
      const from = statements.length;
      await work();
      return statements.slice(from);
    },
  };
}
