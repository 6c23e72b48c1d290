import type { Migration } from 'kysely';
import { init } from './0001-init';

/** Portable migrations, by name; a dialect adds its own. A new one is a new entry, never an edit. */
export const migrations: Record<string, Migration> = {
  '0001_init': init,
};
