import type { Expression, Migration } from 'kysely';
import { init } from './0001-init';
import { writes } from './0003-writes';
import { walkIndexes } from './0005-walk-indexes';
import { entityDegrees } from './0006-entity-degrees';

/**
 * Portable migrations, by name, for a dialect's code-point text type; a dialect adds its own.
 * A new one is a new entry, never an edit. Names sort in the order they run: a dialect's
 * 0002 falls between these.
 */
export function portableMigrations(text: 'text' | Expression<unknown>): Record<string, Migration> {
  return {
    '0001_init': init(text),
    '0003_writes': writes(text),
    '0005_walk_indexes': walkIndexes,
    '0006_entity_degrees': entityDegrees(text),
  };
}
