/** Stops the throwaway PostgreSQL cluster, when global setup started one. */
export default async function globalTeardown(): Promise<void> {
  (globalThis as { stopPostgres?: () => void }).stopPostgres?.();
}
