import { ValidateBy, type ValidationOptions, isISO8601 } from 'class-validator';

/**
 * Values a write may store: only what the schema can hand back. A figure's `value` is a
 * GraphQL `Int` (32-bit signed: a larger one stored makes every read of it fail), and a date
 * field is a `Date` (a calendar date: a date-time stored there makes every read fail too).
 */
export const INT_MAX = 2 ** 31 - 1;

/**
 * Lengths a stored value may have. Ids and names are keys of PostgreSQL's indexes, which refuse
 * an entry past 2,704 bytes; 200 characters of a slug is far more than any name needs. Labels
 * (names, aliases, titles, roles, qualifiers) are a few words; texts (a description, a
 * statement's words, a quote) a paragraph or two. The search document of an entity stays well
 * inside PostgreSQL's 1 MB tsvector with these.
 */
export const MAX_ID_LENGTH = 200;
export const MAX_LABEL_LENGTH = 500;
export const MAX_URL_LENGTH = 2_048;
export const MAX_TEXT_LENGTH = 10_000;
/** Aliases, damage and topics of one entity. */
export const MAX_LIST_ITEMS = 100;

/** `YYYY-MM-DD`, and a day the calendar has (class-validator's strict ISO 8601 checks that). */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isISO8601(value, { strict: true });
}

/** `isCalendarDate` as a class-validator rule, for the seed format's date fields and every edit of them. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: () => '$property must be a calendar date, YYYY-MM-DD (no time of day)',
      },
    },
    options,
  );
}
