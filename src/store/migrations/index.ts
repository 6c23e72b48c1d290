import type { Expression, Migration } from 'kysely';
import { init } from './0001-init';

/**
 * Portable migrations, by name, for a dialect's code-point text type; a dialect adds its own.
 * A new one is a new entry, never an edit.
 */
export function portableMigrations(text: 'text' | Expression<unknown>): Record<string, Migration> {
  return { '0001_init': init(text) };
}
