import { type ValidatorOptions, ValidationTypes, getMetadataStorage, validateOrReject } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { normalizeArgs } from './normalize-args';

/** As type-graphql validates by default: a missing optional field is not checked. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** True when an object surely passes its class's rules; false when class-validator must say. */
type Check = (value: object) => boolean;

/**
 * Arguments checked at no cost when they are fine. class-validator, run on every args object
 * of every field, was about a third of the 4.5% type-graphql and validation took in the entity
 * page's profile, though the arguments almost never fail. Each args class gets a plain check
 * compiled once from its own class-validator rules (Min, Max, MinLength, MaxLength, nested
 * inputs); only when that check cannot vouch for the value does class-validator run, so a
 * failure is reported exactly as before (`ArgumentValidationError`, BAD_USER_INPUT with the
 * field and reason). A rule the plain check does not know always takes class-validator's path.
 * Before any check, query arguments are normalized (`normalizeArgs`): null as not given.
 */
export const validateArgs: ValidatorFn = async (value) => {
  if (value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) normalizeArgs(value as object);
  const items = (Array.isArray(value) ? value : [value]).filter(
    (item): item is object => item !== null && typeof item === 'object',
  );
  if (items.every((item) => checkFor(item.constructor)(item))) return;
  try {
    await Promise.all(items.map((item) => validateOrReject(item, OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
};

const checks = new Map<unknown, Check>();

function checkFor(target: unknown): Check {
  let check = checks.get(target);
  if (!check) checks.set(target, (check = compileCheck(target as new () => object)));
  return check;
}

function compileCheck(target: new () => object): Check {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  const rules: ((value: object) => boolean)[] = [];
  for (const rule of metadata) {
    const property = rule.propertyName;
    const read = (value: object) => (value as Record<string, unknown>)[property];
    if (rule.each || rule.groups?.length || rule.always) return () => false;
    if (rule.type === ValidationTypes.NESTED_VALIDATION) {
      rules.push((value) => {
        const nested = read(value);
        if (nested === null || nested === undefined) return true;
        if (typeof nested !== 'object') return false;
        return (Array.isArray(nested) ? (nested as unknown[]) : [nested]).every(
          (item) => item !== null && typeof item === 'object' && checkFor(item.constructor)(item),
        );
      });
      continue;
    }
    if (rule.type !== ValidationTypes.CUSTOM_VALIDATION) return () => false;
    const limit = rule.constraints?.[0] as unknown;
    if (typeof limit !== 'number') return () => false;
    const test = PLAIN_RULES[rule.name ?? ''];
    if (!test) return () => false;
    rules.push((value) => {
      const v = read(value);
      return v === null || v === undefined || test(v, limit);
    });
  }
  return (value) => rules.every((rule) => rule(value));
}

/** Characters class-validator counts differently from `length` (surrogate pairs, variation selectors). */
const UNUSUAL_LENGTH = /[\uD800-\uDFFF]|\uFE0E|\uFE0F/;

const PLAIN_RULES: Record<string, (value: unknown, limit: number) => boolean> = {
  min: (v, limit) => typeof v === 'number' && v >= limit,
  max: (v, limit) => typeof v === 'number' && v <= limit,
  minLength: (v, limit) => typeof v === 'string' && !UNUSUAL_LENGTH.test(v) && v.length >= limit,
  maxLength: (v, limit) => typeof v === 'string' && !UNUSUAL_LENGTH.test(v) && v.length <= limit,
};
