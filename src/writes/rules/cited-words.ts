/**
 * Fields whose values are words of a source, quoted as they stand: aliases are names the
 * sources use, a statement's text is what was said. A name (a display label, or an event's
 * short title) and a description are the editor's words and are not held to this.
 */
const QUOTED_FIELDS = ['aliases', 'text', 'damage', 'topics', 'outcome', 'timeOfDay'] as const;

/** A value no cited source contains: `field` is its place in the entity, e.g. `["aliases", "2"]`. */
export interface UncitedWords {
  field: string[];
  value: string;
}

/** A field's values as a list: a list field's items, a text field's one value, or none. */
function valuesOf(record: object | undefined, field: string): string[] {
  const value = (record as Record<string, unknown> | undefined)?.[field];
  return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
}

/** Every value of `entity`'s quoted fields, to look for in a text beforehand (see `findingOccurrences`). */
export function quotedValues(entity: object): string[] {
  return QUOTED_FIELDS.flatMap((field) => valuesOf(entity, field));
}

/**
 * The quoted values of `entity` that stand in none of `texts` (the sources citing it, or their
 * `Occurrences`, which answer without reading the text again). Values `before` already held
 * were checked when they were written and stay, so an edit is held only to what it adds.
 */
export function uncitedWords(
  entity: object,
  texts: readonly { includes(words: string): boolean }[],
  before?: object,
): UncitedWords[] {
  const found: UncitedWords[] = [];
  for (const field of QUOTED_FIELDS) {
    const isList = Array.isArray((entity as Record<string, unknown>)[field]);
    const kept = new Set(valuesOf(before, field));
    valuesOf(entity, field).forEach((v, i) => {
      if (kept.has(v) || texts.some((text) => text.includes(v))) return;
      found.push({ field: isList ? [field, String(i)] : [field], value: v });
    });
  }
  return found;
}
