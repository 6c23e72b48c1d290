import { findPostgresServer } from './helpers/postgres-server';

/**
 * Runs once before every test file: finds (or starts) the PostgreSQL server and hands its
 * address to the test workers through the environment they inherit.
 */
export default async function globalSetup(): Promise<void> {
  const server = await findPostgresServer();
  process.env.TEST_DATABASE_URL = server.adminUrl;
  (globalThis as { stopPostgres?: () => void }).stopPostgres = () => server.stop();
}
