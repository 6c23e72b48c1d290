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

/** Every value of `entity`'s quoted fields, to look for in a text beforehand (see `findingOccurrences`). */
export function quotedValues(entity: object): string[] {
  const given = entity as unknown as Record<string, unknown>;
  return QUOTED_FIELDS.flatMap((field) => {
    const value = given[field];
    return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  });
}

/**
 * The quoted values of `entity` that stand in none of `texts` (the sources citing it, or their
 * `Occurrences`, which answer without reading the text again). Values `before` already held
 * were checked when they were written and stay, so an edit is held only to what it adds.
 */
export function uncitedWords(entity: object, texts: readonly { includes(words: string): boolean }[], before?: object): UncitedWords[] {
  const found: UncitedWords[] = [];
  const given = entity as unknown as Record<string, unknown>;
  const had = before as unknown as Record<string, unknown> | undefined;
  for (const field of QUOTED_FIELDS) {
    const value = given[field];
    const old = had?.[field];
    const values = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
    const kept = new Set(Array.isArray(old) ? (old as string[]) : typeof old === 'string' ? [old] : []);
    values.forEach((v, i) => {
      if (kept.has(v) || texts.some((text) => text.includes(v))) return;
      found.push({ field: Array.isArray(value) ? [field, String(i)] : [field], value: v });
    });
  }
  return found;
}
