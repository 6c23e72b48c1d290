/** Printable ASCII: nothing to decompose, strip or straighten, only case to lower. */
const ASCII = /^[ -~]*$/;

/** Lower case without accents or typographic quotes: the form names are compared in. */
export function fold(text: string): string {
  // Most names are ASCII; skipping NFD and three replaces for them is most of a bulk load's folding.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}
