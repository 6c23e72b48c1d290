import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import type { ResolvedEntity, Resolution } from './entities';
import { SAY_VERBS } from './event-words';
import { referentOf } from './referents';
import type { Mention } from './mention';
import type { Sentence, Token } from './tokens';

/** A passage inside quotation marks and who the text says spoke it. */
export interface QuotedPassage {
  /** The words inside the marks, without the marks. */
  start: number;
  end: number;
  speaker: ResolvedEntity | null;
  /** The words that say who spoke ("Tkachenko wrote", "he said"), within one sentence; null when the speaker carries over. */
  attribution: { start: number; end: number } | null;
  rule: string;
  confidence: number;
}

/** Words that refer back to someone named before. */
const PRONOUNS: Record<string, 'person' | 'body'> = { he: 'person', she: 'person', it: 'body' };
/** How far from a quotation mark the words that name its speaker may be, in words. */
const REACH = 8;

/**
 * Every passage inside quotation marks, curly or straight, with its speaker: named after the
 * closing mark (`," Tkachenko wrote`, `," said Ushakov`) or before the opening one
 * (`Ushakov told reporters: "`), or a pronoun or a title ("he said", "the governor said")
 * meaning the last one named before. A passage with no words of saying around it, right
 * after a quote, goes on that quote ("...," Tkachenko wrote. "...").
 */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  resolution: Resolution,
  titles: ReadonlyMap<ResolvedEntity, string[]>,
): QuotedPassage[] {
  const passages = quotedSpans(text);
  const tokens = sentences.flatMap((s) => s.tokens);
  const named = [...resolution.of.entries()]
    .filter(([m]) => !inside(m, passages))
    .sort(([a], [b]) => a.start - b.start);
  const found: QuotedPassage[] = [];
  let previous: QuotedPassage | null = null;
  for (const p of passages) {
    const sentence = sentences.find((s) => s.start <= p.start - 1 && p.start <= s.end) ?? null;
    const closing = sentences.find((s) => s.start <= p.end && p.end <= s.end) ?? sentence;
    const after = attributionAfter(text, tokens, p, closing, named, titles);
    const before = after ?? attributionBefore(tokens, p, sentence, named, titles);
    let passage: QuotedPassage;
    if (before) passage = { start: p.start, end: p.end, ...before };
    else if (previous?.speaker && follows(text, previous, p)) {
      passage = {
        start: p.start,
        end: p.end,
        speaker: previous.speaker,
        attribution: null,
        rule: 'quote goes on',
        confidence: 0.7,
      };
    } else
      passage = { start: p.start, end: p.end, speaker: null, attribution: null, rule: 'no speaker', confidence: 0 };
    found.push(passage);
    previous = passage;
  }
  return found;
}

/** The spans inside quotation marks: “curly” pairs, and straight ones paired in order along each paragraph. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/“([^”\n]*)”/g)) spans.push({ start: m.index + 1, end: m.index + 1 + m[1].length });
  for (const m of text.matchAll(/"([^"\n]*)"/g)) spans.push({ start: m.index + 1, end: m.index + 1 + m[1].length });
  return spans
    .map(({ start, end }) => trimmed(text, start, end))
    .filter((s) => s.end > s.start && /\p{L}/u.test(text.slice(s.start, s.end)))
    .sort((a, b) => a.start - b.start);
}

/** Without the spaces and the closing punctuation inside the marks: `Rescuers are still working,` is `Rescuers are still working`. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

function inside(m: Mention, passages: readonly { start: number; end: number }[]): boolean {
  return passages.some((p) => m.start >= p.start && m.end <= p.end);
}

/** Nothing but white space and punctuation between the end of one passage and the next one's opening mark, or one sentence of attribution. */
function follows(text: string, previous: QuotedPassage, next: { start: number }): boolean {
  const between = text.slice(previous.end, next.start);
  return (
    between.length < 120 &&
    !between.includes('\n\n') &&
    (previous.attribution === null || previous.attribution.end <= next.start)
  );
}

/** Words that may open an attribution after a closing mark: a pronoun, a verb of saying, an article before a title. */
const AFTER_WORDS = new Set(['he', 'she', 'it', 'they', 'the', 'said', 'says', 'told', 'wrote', 'added', 'according']);

type Found = Pick<QuotedPassage, 'speaker' | 'attribution' | 'rule' | 'confidence'>;

/** `," Tkachenko wrote`, `," said Ushakov`, `," he said`, `," the source said`, `," Lolwah Al-Khater, Qatar's minister ..., said`. */
function attributionAfter(
  text: string,
  tokens: readonly Token[],
  p: { end: number },
  sentence: Sentence | null,
  named: readonly [Mention, ResolvedEntity][],
  titles: ReadonlyMap<ResolvedEntity, string[]>,
): Found | null {
  if (!sentence) return null;
  const words = tokens.filter((t) => t.start > p.end && t.end <= sentence.end).slice(0, REACH * 2);
  const verb = words.findIndex((t, i) => i < REACH * 2 && SAY_VERBS.has(fold(t.text)));
  if (verb < 0 || words[0]?.pre.match(/[“"]/)) return null;
  // A quote inside a sentence that goes on (`hit "aircraft ... sites" and made no mention`) names its speaker before it.
  const between = text.slice(p.end, words[0]?.start ?? p.end).replace(/["”’\s]/g, '');
  if (!/^[,?!—–-]/.test(between) && !AFTER_WORDS.has(fold(words[0]?.text ?? ''))) return null;
  // The first name after the closing mark, before the verb or right after it ("said Ushakov");
  // a place only before it (`," Moscow said`), for `," he said in Kyiv` names no speaker.
  const limit = words[Math.min(words.length - 1, verb + 3)].end;
  // A demonym speaks for no one (`," Ukrainian Foreign Minister Andrii Sybiha wrote`).
  const nameAfter = outermost(named.filter(([m]) => m.start > p.end && m.end <= limit && m.rule !== 'demonym')).find(
    ([m, e]) => e.type !== EntityType.LOCATION || m.end <= words[verb].start,
  );
  const referent = referentIn(words.slice(0, verb + 2), p.end, named, titles);
  if (
    nameAfter &&
    (!referent || nameAfter[0].start < referent.at.start) &&
    nameAfter[0].start <= words[Math.min(words.length - 1, REACH)].start
  ) {
    const [m, e] = nameAfter;
    return {
      speaker: e,
      attribution: span(m.start, m.end, words[verb]),
      rule: 'speaker after the quote',
      confidence: 0.85,
    };
  }
  if (referent) return { ...referent, attribution: span(referent.at.start, referent.at.end, words[verb]) };
  return null;
}

/** `Ushakov told reporters: "`, `A Ukrainian official ... said: "`, `the ministry said its strike had hit "`. */
function attributionBefore(
  tokens: readonly Token[],
  p: { start: number },
  sentence: Sentence | null,
  named: readonly [Mention, ResolvedEntity][],
  titles: ReadonlyMap<ResolvedEntity, string[]>,
): Found | null {
  if (!sentence) return null;
  const words = tokens.filter((t) => t.start >= sentence.start && t.end < p.start);
  const verb = findLastIndex(words, (t) => SAY_VERBS.has(fold(t.text)));
  if (verb < 0) return null;
  // The subject of the verb: the last one named before it, a person or body before a place,
  // never a name inside a longer one ("Ukrainian" in "a Ukrainian official ... said:").
  const candidates = outermost(
    named.filter(([m]) => m.start >= sentence.start && m.end <= words[verb].start && m.rule !== 'demonym'),
  ).reverse();
  const subject = candidates.find(([, e]) => e.type !== EntityType.LOCATION) ?? candidates[0];
  if (subject) {
    const [m, e] = subject;
    return {
      speaker: e,
      attribution: span(m.start, m.end, words[verb]),
      rule: 'speaker before the quote',
      confidence: 0.8,
    };
  }
  const referent = referentIn(words.slice(0, verb), sentence.start, named, titles);
  return referent ? { ...referent, attribution: span(referent.at.start, referent.at.end, words[verb]) } : null;
}

/** "he", "she", "it", "the governor", "the source" among `words`: the last person (or body) named before `before` that fits. */
function referentIn(
  words: readonly Token[],
  before: number,
  named: readonly [Mention, ResolvedEntity][],
  titles: ReadonlyMap<ResolvedEntity, string[]>,
): (Found & { at: Token }) | null {
  for (let i = 0; i < words.length; i++) {
    const w = fold(words[i].text);
    const earlier = named.filter(([m]) => m.end <= before).map(([, e]) => e);
    const earlierFirst = [...earlier].reverse();
    if (PRONOUNS[w] || (w === 'the' && words[i + 1])) {
      const e = referentOf(words[i].text, words[i + 1]?.text, earlierFirst, titles);
      const at = w === 'the' ? words[i + 1] : words[i];
      if (e)
        return {
          speaker: e,
          attribution: null,
          rule: w === 'the' ? 'title back to the one who holds it' : 'pronoun back to the last one named',
          confidence: 0.7,
          at,
        };
    }
  }
  return null;
}

/** The mentions not inside another of the list, in text order. */
function outermost(list: readonly [Mention, ResolvedEntity][]): [Mention, ResolvedEntity][] {
  return list.filter(
    ([m]) => !list.some(([o]) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

function span(start: number, end: number, verb: Token): { start: number; end: number } {
  return { start: Math.min(start, verb.start), end: Math.max(end, verb.end) };
}

function findLastIndex<T>(list: readonly T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
