import { UserErrorCode } from '../domain/user-error-code';
import type { EntityRecord, StoredEntityRecord } from './records';

export type MergeOutcome =
  { merged: EntityRecord } | { problem: { code: UserErrorCode; field: string; message: string } };

/**
 * An entity given again by a later source, merged into the stored one: the same type, lists
 * (aliases, damage, topics) grow, a field the stored entity lacks is filled in, and a field
 * both have must agree: a source may add to an entity, never silently overwrite it.
 */
export function mergeEntity(stored: EntityRecord | StoredEntityRecord, given: EntityRecord): MergeOutcome {
  if (stored.type !== given.type) {
    return {
      problem: {
        code: UserErrorCode.TYPE_MISMATCH,
        field: 'type',
        message: `${stored.id} is stored as a ${stored.type}, not a ${given.type}`,
      },
    };
  }
  const { version: _version, ...plain } = stored as StoredEntityRecord;
  const merged: Record<string, unknown> = { ...plain };
  for (const [field, value] of Object.entries(given)) {
    if (field === 'id' || field === 'type' || value === null || value === undefined) continue;
    const have = merged[field];
    if (Array.isArray(value)) {
      merged[field] = [...new Set([...((have as string[] | undefined) ?? []), ...(value as string[])])];
    } else if (have === null || have === undefined) {
      merged[field] = value;
    } else if (have !== value) {
      return {
        problem: {
          code: UserErrorCode.CONFLICT,
          field,
          message: `${stored.id} has ${field} ${JSON.stringify(have)} in the graph, and this gives ${JSON.stringify(value)}`,
        },
      };
    }
  }
  return { merged: merged as unknown as EntityRecord };
}
