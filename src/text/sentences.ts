import { type Steps, runNow } from '../time-slices';
import { isWhiteSpace } from './white-space';

/** A sentence as offsets into its text: `text.slice(start, end)` is the sentence, trimmed. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Words that end in a full stop without ending the sentence. Initialisms such as "U.S." are
 * caught by shape instead, so "U.S. President Donald Trump" stays one sentence; the price is
 * that a sentence ending in an initialism runs on into the next.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'rep',
  'pres',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'approx',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Characters scanned between two points where the splitting may pause (`splittingSentences`). */
const PAUSE_EVERY = 65_536;

/** The longest of `ABBREVIATIONS`: a longer word is none of them. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/**
 * Splits a text into sentences. A line break always ends one (titles and datelines stand on
 * their own lines); within a line a sentence ends at `.`, `!` or `?` (then any closing quotes
 * or brackets) followed by white space, unless the word before the stop is a known
 * abbreviation or an initialism.
 */
export function splitSentences(text: string): SentenceSpan[] {
  return runNow(splittingSentences(text));
}

/**
 * `splitSentences` as steps that may pause (see time-slices.ts), for texts of megabytes.
 * One pass, linear in the text: each character is looked at once, and the word before a stop
 * is read back only to the white space before it. The way before matched a pattern against
 * the whole line up to every stop: quadratic, 15 s for 180 KB of short sentences on one line.
 */
export function* splittingSentences(text: string): Steps<SentenceSpan[]> {
  const splitter = new Splitter(text);
  while (!splitter.scan(PAUSE_EVERY)) yield;
  return splitter.spans;
}

class Splitter {
  readonly spans: SentenceSpan[] = [];
  private lineStart = 0;
  /** Where the sentence being read starts (untrimmed). */
  private start = 0;
  private at = 0;

  constructor(private readonly text: string) {}

  /** Reads on for about `count` characters; true once the text is done. */
  scan(count: number): boolean {
    const { text } = this;
    const length = text.length;
    const until = Math.min(length, this.at + count);
    let i = this.at;
    while (i < until) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) {
        // "\r\n" ends a line as "\n" does; the "\r" is not part of the line.
        this.push(this.start, i > this.lineStart && text.charCodeAt(i - 1) === 0x0d ? i - 1 : i);
        this.lineStart = this.start = ++i;
      } else if (isStop(code)) {
        const stop = i;
        while (++i < length && isStop(text.charCodeAt(i)));
        while (i < length && isCloser(text.charCodeAt(i))) i++;
        // A boundary needs white space after it on the same line, not the line break itself.
        if (i < length && isWhiteSpace(text.charCodeAt(i)) && !endsLine(text, i) && !this.isAbbreviation(stop)) {
          this.push(this.start, i);
          this.start = i;
        }
      } else {
        i++;
      }
    }
    this.at = i;
    if (i < length) return false;
    this.push(this.start, length);
    return true;
  }

  /** Whether the word before the stop at `stop` (back to white space or the line's start) keeps the sentence going. */
  private isAbbreviation(stop: number): boolean {
    const { text } = this;
    let from = stop;
    while (from > this.lineStart && !isWhiteSpace(text.charCodeAt(from - 1))) from--;
    if (isInitialism(text, from, stop)) return true; // "U.S", "J" of "J. Smith"
    while (from < stop && !isWordCharacter(text.charCodeAt(from))) from++;
    return stop - from <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(from, stop).toLowerCase());
  }

  /** The span from `start` to `end`, trimmed, unless it is only white space. */
  private push(start: number, end: number): void {
    const { text } = this;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) this.spans.push({ start, end });
  }
}

const UPPER_CASE = /^\p{Lu}$/u;

/** Whether `text` from `from` to `to` is upper-case letters with a full stop between each two ("U.S", "J"). */
function isInitialism(text: string, from: number, to: number): boolean {
  let i = from;
  for (;;) {
    if (i >= to) return false;
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (!(code >= 0x41 && code <= 0x5a) && (code < 0x80 || !UPPER_CASE.test(text.slice(i, i + width)))) return false;
    i += width;
    if (i === to) return true;
    if (text.charCodeAt(i) !== 0x2e) return false;
    i++;
  }
}

function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f; // . ! ?
}

/** Closing quotes and brackets, which stay with the stop before them: " ' ” ’ ) ]. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d;
}

/** `\w`: ASCII letters, digits and the underscore. */
function isWordCharacter(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f
  );
}

function endsLine(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) === 0x0a);
}
