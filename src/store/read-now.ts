/**
 * Runs a read statement at once, past Kysely's executor, and returns its rows; `undefined` when
 * the connection cannot take it now (Kysely then queues it as any other statement). An
 * embedded database answers synchronously, so going through Kysely's connection lock costs
 * several promises per statement for nothing while no transaction holds the connection.
 */
export type ReadNow = (sql: string, parameters: readonly unknown[]) => unknown[] | undefined;
