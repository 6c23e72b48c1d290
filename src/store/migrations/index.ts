import type { Migration, MigrationProvider } from 'kysely';
import { init } from './0001-init';

/** Migrations in order of their names; a new one is a new entry, never an edit. */
export const migrations: Record<string, Migration> = {
  '0001_init': init,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
