/** Control, format and line-separator characters: a tab or newline in a name would forge columns or lines in `keys list`. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const UNPRINTABLE_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

export const MAX_KEY_NAME_LENGTH = 100;

/** Why `name` cannot name a key, or undefined when it can. */
export function keyNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > MAX_KEY_NAME_LENGTH) {
    return `A key name must be 1 to ${MAX_KEY_NAME_LENGTH} characters long, got ${name.length}`;
  }
  if (UNPRINTABLE.test(name)) {
    return `A key name cannot hold control characters (tab, newline and the like), got ${JSON.stringify(name)}`;
  }
  return undefined;
}

/** A name as `keys list` prints it: one made before names were checked shows its control characters escaped (`\u0009`). */
export function printableKeyName(name: string): string {
  return name.replace(UNPRINTABLE_ALL, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
