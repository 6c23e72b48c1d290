import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import type { Resolution, ResolvedEntity } from './entities';
import type { Mention } from './mention';
import { referentOf } from './referents';
import type { Sentence, Token } from './tokens';

/** Verbs that report what someone said, in the forms that introduce it. */
const REPORTED = new Set([
  'said',
  'says',
  'told',
  'added',
  'warned',
  'stated',
  'claimed',
  'announced',
  'insisted',
  'argued',
  'stressed',
  'promised',
  'confirmed',
]);
/** Words after a verb of saying that ends what was said (", said X, the governor of Y"). */
const INVERTED_TAIL = 12;
/** Fewer words than this after the verb are no statement ("said on Tuesday"). */
const MIN_WORDS = 4;

/** Reported speech: who said it, the words the sentence gives for what was said, and where they stand. */
export interface Paraphrase {
  speaker: ResolvedEntity;
  start: number;
  end: number;
  attribution: { start: number; end: number };
}

/**
 * Reported speech ("Zelenskyy said the meeting in Riyadh was useful", "Umerov told reporters
 * that ..."): the clause after a verb of saying, with its subject named or referred to before
 * the verb in the same sentence. A sentence with quotation marks is left to the quotes; what
 * follows the verb up to the sentence's end is the statement's words.
 */
export function findParaphrases(
  text: string,
  sentences: readonly Sentence[],
  resolution: Resolution,
  titles: ReadonlyMap<ResolvedEntity, string[]>,
  quoted: (at: number) => boolean,
): Paraphrase[] {
  const named = [...resolution.of.entries()].filter(([m]) => !quoted(m.start)).sort(([a], [b]) => a.start - b.start);
  const found: Paraphrase[] = [];
  for (const s of sentences) {
    if (/["“”]/.test(text.slice(s.start, s.end))) continue;
    const tokens = s.tokens;
    const at = tokens.findIndex((t) => REPORTED.has(fold(t.text)));
    if (at <= 0) continue;
    // "..., said Zaporizhzhia regional governor Ivan Fedorov": what was said comes before, the one
    // who said it after, within a title's length of the verb and with little after it; else the
    // comma closes an apposition ("Rubio, who met Umerov in Istanbul, said only direct contact ...").
    const inverted = tokens[at - 1].post.includes(',') && tokens.length - at <= INVERTED_TAIL;
    if (inverted) {
      const after = named.find(
        ([m, e]) =>
          m.start >= tokens[at].end &&
          m.start <= (tokens[at + 5]?.start ?? s.end) &&
          m.end <= s.end &&
          e.type !== EntityType.LOCATION,
      );
      const words = tokens.slice(0, at);
      if (after && words.length >= MIN_WORDS) {
        found.push({
          speaker: after[1],
          start: words[0].start,
          end: words.at(-1)!.end,
          attribution: { start: tokens[at].start, end: after[0].end },
        });
      }
      continue;
    }
    const speaker = subjectOf(tokens, at, s, named, titles);
    if (!speaker) continue;
    let from = at + 1;
    // "told reporters (that)", "said on Tuesday that": the words of the statement start after "that" when there is one.
    const that = tokens.findIndex((t, i) => i > at && i <= at + 5 && fold(t.text) === 'that');
    if (that > 0) from = that + 1;
    else if (fold(tokens[at].text) === 'told') from = at + 2;
    let words = tokens.slice(from);
    // "..., Kharkiv Mayor Ihor Terekhov said on Telegram": what was said is the clause before the speaker.
    let speakerAt = tokens.findIndex((t) => t.start === speaker.at);
    // Back over the speaker's title ("Kharkiv Mayor", "the city's mayor") to the comma before it.
    while (
      speakerAt > 0 &&
      !tokens[speakerAt - 1].post.includes(',') &&
      speakerAt > at - 8 &&
      tokens[speakerAt - 1].post === ' '
    )
      speakerAt--;
    if (words.length < MIN_WORDS && speakerAt > 0 && tokens[speakerAt - 1].post.includes(','))
      words = tokens.slice(0, speakerAt);
    if (words.length < MIN_WORDS) continue;
    const last = words.at(-1)!;
    found.push({
      speaker: speaker.entity,
      start: words[0].start,
      end: last.end,
      attribution: { start: speaker.at, end: tokens[at].end },
    });
  }
  return found;
}

/** The one who says: the sentence's first person or body before the verb ("X, the head of Y, said"), a country when none, or a pronoun that refers back. */
function subjectOf(
  tokens: readonly Token[],
  verb: number,
  s: Sentence,
  named: readonly [Mention, ResolvedEntity][],
  titles: ReadonlyMap<ResolvedEntity, string[]>,
): { entity: ResolvedEntity; at: number } | null {
  const before = tokens[verb - 1];
  if (['he', 'she'].includes(fold(before.text))) {
    const earlier = named
      .filter(([m]) => m.end <= before.start)
      .map(([, e]) => e)
      .reverse();
    const e = referentOf(before.text, undefined, earlier, titles);
    return e ? { entity: e, at: before.start } : null;
  }
  const inSentence = named.filter(([m]) => m.start >= s.start && m.end <= before.end);
  const outer = inSentence.filter(
    ([m]) =>
      !inSentence.some(([o]) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  const subject = outer.find(([, e]) => e.type !== EntityType.LOCATION) ?? outer.find(([, e]) => e.kind === 'COUNTRY');
  return subject ? { entity: subject[1], at: subject[0].start } : null;
}
