import { UserErrorCode } from '../domain/user-error-code';
import { SeedError } from '../seed/seed-error';
import { checkEntityShape, toEntityRecord } from '../seed/seed-records';
import { SeedEntity } from '../seed/seed-file';
import { validateSeedJson } from '../seed/validate-seed-json';
import type { EntityRecord } from '../store/records';
import type { WriteProblem } from '../store/write-records';

/**
 * An entity record from an edit's fields, held to the seed rules for an entity: the id's form
 * and prefix, the fields its type needs and allows, the kinds. Fields are named as in the input.
 */
export function entityFromFields(fields: Record<string, unknown>): { entity?: EntityRecord; problems: WriteProblem[] } {
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
  // Mentions are located separately (in stored sources); the seed rule only needs one to be there.
  const { value, problems } = validateSeedJson(SeedEntity, { aliases: [], ...given, mentions: [{ quote: '-' }] });
  if (problems.length > 0) return { problems };
  try {
    checkEntityShape(value, value.id, []);
    return { entity: toEntityRecord(value), problems: [] };
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    return {
      problems: [
        {
          code: error.code === UserErrorCode.TYPE_MISMATCH ? UserErrorCode.INVALID : error.code,
          field: error.path,
          message: error.message,
        },
      ],
    };
  }
}
