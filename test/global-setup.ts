import { selectedEngines } from './helpers/engine-selection';
import { findPostgresServer } from './helpers/postgres-server';

/**
 * Runs once before every test file: finds (or starts) the PostgreSQL server and hands its
 * address to the test workers through the environment they inherit. When `ENGINES` leaves
 * PostgreSQL out (`ENGINES=sqlite`, the fast loop) it looks for none; an unknown name in
 * `ENGINES` stops the run here, before any test.
 */
export default async function globalSetup(): Promise<void> {
  if (!selectedEngines().has('PostgreSQL')) return;
  const server = await findPostgresServer();
  process.env.TEST_DATABASE_URL = server.adminUrl;
  (globalThis as { stopPostgres?: () => void }).stopPostgres = () => server.stop();
}
