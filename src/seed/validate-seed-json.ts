import { plainToInstance } from 'class-transformer';
import { ValidationError, type ValidatorOptions, getMetadataStorage, validateSync } from 'class-validator';
import { UserErrorCode } from '../domain/user-error-code';
import type { WriteProblem } from '../store/write-records';
import { type Steps, runNow } from '../time-slices';

const OPTIONS: ValidatorOptions = { forbidUnknownValues: true };

/**
 * Items of a long list transformed and validated at a time (`validatingSeedJson`): 2 to 6 ms of
 * class-transformer and class-validator for entities with a mention each, once the code is warm.
 */
const PART = 50;

/**
 * Checks parsed JSON against one of the seed-file classes. Each failed rule is a problem whose
 * field is its path under `root` (`["graph", "entities", "3", "mentions", "0", "quote"]`) and
 * whose message names the item as a reader finds it ("entities[3] (person:x).mentions[0].quote").
 */
export function validateSeedJson<T extends object>(cls: new () => T, json: unknown, root: string[] = []): { value: T; problems: WriteProblem[] } {
  return runNow(validatingSeedJson(cls, json, root));
}

/**
 * `validateSeedJson` as steps that may pause (see time-slices.ts): class-transformer and
 * class-validator take a whole object at once, 1.7 s for the 43,000 items of a 7 MB import.
 * A top-level list longer than `PART` is checked in parts: the object first with the list cut
 * to its first item (the list's own rules, that it is an array and not empty, come out as for
 * the whole list: see `cuttableLists`), then the rest `PART` items at a time, each
 * part's problems numbered from where it starts. The problems and their order are the ones
 * one call on the whole object gives (`part` = Infinity; a test compares them).
 */
export function* validatingSeedJson<T extends object>(
  cls: new () => T,
  json: unknown,
  root: string[] = [],
  part = PART,
): Steps<{ value: T; problems: WriteProblem[] }> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { value: new cls(), problems: [{ code: UserErrorCode.INVALID, field: root, message: 'expected a JSON object' }] };
  }
  const plain = json as Record<string, unknown>;
  const cut = cuttableLists(cls);
  const long = Object.keys(plain).filter((key) => cut.has(key) && Array.isArray(plain[key]) && plain[key].length > part);
  const shell: Record<string, unknown> = { ...plain };
  for (const key of long) shell[key] = (plain[key] as unknown[]).slice(0, 1);
  const value = plainToInstance<T, Record<string, unknown>>(cls, shell);
  const lists = value as unknown as Record<string, unknown[]>;
  const errors = validateSync(value, OPTIONS);
  for (const key of long) {
    const list = plain[key] as unknown[];
    const items = [...lists[key]];
    const later: ValidationError[] = [];
    for (let from = 1; from < list.length; from += part) {
      yield;
      const piece = plainToInstance(cls, { [key]: list.slice(from, from + part) });
      items.push(...(piece as unknown as Record<string, unknown[]>)[key]);
      for (const error of validateSync(piece, OPTIONS).find((e) => e.property === key)?.children ?? []) {
        error.property = String(from + Number(error.property));
        later.push(error);
      }
    }
    lists[key] = items;
    if (later.length > 0) errorFor(cls, errors, key, value, items).children!.push(...later);
  }
  return { value, problems: describe(errors, root, '') };
}

/** Rules of a list that its first item alone decides as the whole list would. */
const LIST_RULES = new Set(['isArray', 'arrayNotEmpty']);

/**
 * The properties of `cls` that may be checked in parts: lists of nested items whose own rules
 * are only `LIST_RULES` (a rule such as `ArrayMaxSize` needs the whole list, so its list is not cut).
 */
function cuttableLists(cls: new () => object): Set<string> {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(cls, '', false, false);
  const nested = metadata.filter((m) => m.type === 'nestedValidation' && m.each).map((m) => m.propertyName);
  return new Set(
    nested.filter((key) =>
      metadata.every((m) => m.propertyName !== key || (m.type === 'nestedValidation' && m.each) || (m.type === 'customValidation' && LIST_RULES.has(m.name ?? ''))),
    ),
  );
}

/** The error of `errors` for the list `key`, added in the place class-validator gives it (its properties' order) if there is none. */
function errorFor(cls: new () => object, errors: ValidationError[], key: string, target: object, list: unknown[]): ValidationError {
  const found = errors.find((e) => e.property === key);
  if (found) return found;
  const error = Object.assign(new ValidationError(), { target, property: key, value: list, children: [] });
  const storage = getMetadataStorage();
  const order = Object.keys(storage.groupByPropertyName(storage.getTargetValidationMetadatas(cls, '', false, false)));
  const after = errors.findIndex((e) => order.indexOf(e.property) > order.indexOf(key));
  errors.splice(after < 0 ? errors.length : after, 0, error);
  return error;
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
