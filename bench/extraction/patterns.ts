import { fold } from '../../src/text/fold';

/**
 * Label fragments and patterns as LABELS.md reads them: a fragment is a case-insensitive
 * regular-expression search in a folded name; a pattern is `|`-alternatives of fragments.
 */
const compiled = new Map<string, RegExp>();

/** The fragment as a case-insensitive search, compiled once (labels repeat their fragments in every pattern). */
export function fragmentRegExp(fragment: string): RegExp {
  let regExp = compiled.get(fragment);
  if (!regExp) {
    regExp = new RegExp(fragment, 'i');
    compiled.set(fragment, regExp);
  }
  return regExp;
}

/** Whether one of `fragments` is found in one of `folded` (names folded already). */
export function fitsAny(fragments: readonly string[], folded: readonly string[]): boolean {
  return fragments.some((f) => {
    const regExp = fragmentRegExp(f);
    return folded.some((name) => regExp.test(name));
  });
}

/** A name and its aliases in the form fragments are searched in. */
export function foldNames(names: readonly string[]): string[] {
  return names.map((n) => fold(n));
}

/**
 * The top-level alternatives of a pattern: `kyiv (region|oblast)|^kyiv$` is two, since a `|`
 * inside a group or a character class belongs to one fragment.
 */
export function alternatives(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(pattern.slice(start));
  return parts;
}
