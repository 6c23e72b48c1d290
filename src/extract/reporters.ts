import { EntityType } from '../domain/entity-type';
import { fold } from '../text/fold';
import type { ResolvedEntity } from './entities';
import { SAY_VERBS } from './event-words';
import type { Mention } from './mention';
import type { Count } from './numbers';
import { referentOf } from './referents';
import type { Sentence, Token } from './tokens';

/** Verbs that give a toll without saying it ("raised the number", "put the toll at"). */
const REPORTING = new Set([...SAY_VERBS, 'raised', 'revised', 'put', 'gave', 'counted', 'recorded', 'registered']);

type Named = readonly [Mention, ResolvedEntity][];

/** Who gave the count: "according to X", "X said", "said X", "it said", "the governor said". */
export function reporterOf(
  tokens: readonly Token[],
  c: Count,
  named: Named,
  titles: ReadonlyMap<ResolvedEntity, string[]>,
  s: Sentence,
): ResolvedEntity | null {
  const inSentence = named.filter(([m]) => m.start >= s.start && m.end <= s.end);
  const outer = inSentence.filter(
    ([m]) =>
      !inSentence.some(([o]) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  // A demonym is no one who reports ("a Russian drone attack ... injured two, said X").
  const speaker = ([m, e]: readonly [Mention, ResolvedEntity]) =>
    m.rule !== 'demonym' && (e.type !== EntityType.LOCATION || e.kind === 'COUNTRY');
  for (let i = 0; i < tokens.length; i++) {
    if (fold(tokens[i].text) === 'according' && fold(tokens[i + 1]?.text ?? '') === 'to') {
      const after = outer.find((pair) => pair[0].start >= tokens[i + 1].end && speaker(pair));
      if (after && after[0].start - tokens[i + 1].end < 24) return after[1];
      // "according to the ministry": the body named before that the noun fits.
      const earlier = named
        .filter(([m]) => m.end <= tokens[i].start)
        .map(([, e]) => e)
        .reverse();
      const back =
        fold(tokens[i + 2]?.text ?? '') === 'the' ? referentOf('the', tokens[i + 3]?.text, earlier, titles) : null;
      if (back) return back;
      if (after) return after[1];
    }
  }
  // The reporting verb nearest the count; its subject before it, or the name right after it.
  const verbs = tokens.map((t, i) => [t, i] as const).filter(([t]) => REPORTING.has(fold(t.text)));
  verbs.sort(([, a], [, b]) => Math.abs(a - c.from) - Math.abs(b - c.from));
  for (const [verb, i] of verbs) {
    const pronoun = referent(tokens, i, named, titles);
    if (pronoun) return pronoun;
    // ", said Zaporizhzhia regional governor Ivan Fedorov": after a comma the verb comes before its subject.
    if ((tokens[i - 1]?.post ?? '').includes(',')) {
      const limit = tokens[Math.min(tokens.length - 1, i + 6)].end;
      const after = outer.find(
        (pair) => pair[0].start >= verb.end && pair[0].end <= limit && pair[1].type !== EntityType.LOCATION,
      );
      if (after) return after[1];
    }
    // "X accused ... and said": a second verb of the sentence's subject.
    if (fold(tokens[i - 1]?.text ?? '') === 'and') {
      const subject = outer.find((pair) => pair[0].end <= verb.start && pair[1].type !== EntityType.LOCATION);
      if (subject) return subject[1];
    }
    const before = [...outer]
      .reverse()
      .find(
        (pair) => pair[0].end <= verb.start && speaker(pair) && pair[0].end > (tokens[i - 15]?.start ?? s.start) - 1,
      );
    if (before) return before[1];
    // "said Zaporizhzhia regional governor Ivan Fedorov": the one named after the verb, titles between.
    const limit = tokens[Math.min(tokens.length - 1, i + 6)].end;
    const after = outer.find(
      (pair) => pair[0].start >= verb.end && pair[0].end <= limit && pair[1].type !== EntityType.LOCATION,
    );
    if (after) return after[1];
  }
  return null;
}

/** "he said", "it said", "the governor said", "she added": the one named last before who fits. */
function referent(
  tokens: readonly Token[],
  verb: number,
  named: Named,
  titles: ReadonlyMap<ResolvedEntity, string[]>,
): ResolvedEntity | null {
  const earlier = named
    .filter(([m]) => m.end <= tokens[verb].start)
    .map(([, e]) => e)
    .reverse();
  const w1 = tokens[verb - 1]?.text ?? '';
  if (['he', 'she', 'it', 'they'].includes(fold(w1))) return referentOf(w1, undefined, earlier, titles);
  return fold(tokens[verb - 2]?.text ?? '') === 'the' ? referentOf('the', w1, earlier, titles) : null;
}
