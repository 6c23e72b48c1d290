import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import { UserErrorCode } from '../domain/user-error-code';
import type { WriteProblem } from '../store/write-records';

/**
 * Checks parsed JSON against one of the seed-file classes. Each failed rule is a problem whose
 * field is its path under `root` (`["graph", "entities", "3", "mentions", "0", "quote"]`) and
 * whose message names the item as a reader finds it ("entities[3] (person:x).mentions[0].quote").
 */
export function validateSeedJson<T extends object>(cls: new () => T, json: unknown, root: string[] = []): { value: T; problems: WriteProblem[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { value: new cls(), problems: [{ code: UserErrorCode.INVALID, field: root, message: 'expected a JSON object' }] };
  }
  const value = plainToInstance(cls, json);
  const errors = validateSync(value, { forbidUnknownValues: true });
  return { value, problems: describe(errors, root, '') };
}

function describe(errors: ValidationError[], path: string[], label: string): WriteProblem[] {
  return errors.flatMap((e) => {
    const here = /^\d+$/.test(e.property) ? `${label}[${e.property}]${idOf(e.value)}` : label ? `${label}.${e.property}` : e.property;
    const field = [...path, e.property];
    const own = Object.values(e.constraints ?? {}).map((c) => ({ code: UserErrorCode.INVALID, field, message: `${here}: ${c}` }));
    return [...own, ...describe(e.children ?? [], field, here)];
  });
}

function idOf(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? ` (${id})` : '';
}
