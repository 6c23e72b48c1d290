import { fold } from '../../text/fold';

/** What a search matched: words by prefix, typo alternatives exactly, initialisms as word runs. */
export interface Matcher {
  prefixes: string[];
  exact: string[];
  phrases: string[];
}

/** Words of the body shown around the first match, as SQLite's snippet() shows 16 tokens. */
const SNIPPET_WORDS = 16;
const WORD = /[\p{L}\p{N}]+/gu;

interface Word {
  start: number;
  end: number;
  folded: string;
}

/** The text with every matched word wrapped in `<mark>`…`</mark>`. */
export function markWords(text: string, matcher: Matcher): string {
  const found = wordsOf(text);
  return render(text, found, matchedIndexes(found, matcher), 0, found.length);
}

/** The whole body marked, and a snippet of it: the words around the first match, `…` where cut. */
export function markSnippet(text: string, matcher: Matcher): { full: string; snippet: string } {
  const found = wordsOf(text);
  const matched = matchedIndexes(found, matcher);
  const full = render(text, found, matched, 0, found.length);
  if (found.length <= SNIPPET_WORDS) return { full, snippet: full };
  const firstMatch = Math.min(...matched, found.length);
  const from = Math.max(0, Math.min(firstMatch - 2, found.length - SNIPPET_WORDS));
  const to = from + SNIPPET_WORDS;
  return { full, snippet: render(text, found, matched, from, to) };
}

function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }));
}

function matchedIndexes(found: Word[], matcher: Matcher): Set<number> {
  const matched = new Set<number>();
  found.forEach((w, i) => {
    if (matcher.prefixes.some((p) => w.folded.startsWith(p)) || matcher.exact.includes(w.folded)) matched.add(i);
  });
  for (const phrase of matcher.phrases) {
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= found.length; i++) {
      if (parts.every((p, j) => found[i + j].folded === p)) parts.forEach((_, j) => matched.add(i + j));
    }
  }
  return matched;
}

/** Words `from`..`to` of the text, marked; `…` stands for what was cut at either end. */
function render(text: string, found: Word[], matched: Set<number>, from: number, to: number): string {
  if (found.length === 0) return text;
  let out = from > 0 ? '…' : '';
  let at = from > 0 ? found[from].start : 0;
  for (let i = from; i < to; i++) {
    const w = found[i];
    out += text.slice(at, w.start);
    out += matched.has(i) ? `<mark>${text.slice(w.start, w.end)}</mark>` : text.slice(w.start, w.end);
    at = w.end;
  }
  out += to < found.length ? '…' : text.slice(at);
  return out;
}
