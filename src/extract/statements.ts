import { EntityType } from '../domain/entity-type';
import { Predicate } from '../domain/predicate';
import type { DraftBuilder } from './builder';
import type { Resolution, ResolvedEntity } from './entities';
import { findParaphrases } from './paraphrases';
import { findQuotes } from './quotes';
import type { Sentence } from './tokens';

/** Words of a quote that name its statement ("Tkachenko: Rescuers are still working in ..."). */
const NAME_WORDS = 8;

/**
 * Each quoted passage with a speaker as a STATEMENT of kind QUOTE: its text the passage as
 * printed, its mention the passage's first sentence (a quote an import locates lies in one
 * sentence), and SAID from the speaker with the words that attribute it. Passages with no
 * speaker are left out, each with a warning: a statement needs the one who made it.
 */
export function statements(
  text: string,
  sentences: readonly Sentence[],
  resolution: Resolution,
  titles: ReadonlyMap<ResolvedEntity, string[]>,
  draft: DraftBuilder,
  quoted: (at: number) => boolean,
): string[] {
  const warnings: string[] = [];
  for (const q of findQuotes(text, sentences, resolution, titles)) {
    const words = text.slice(q.start, q.end);
    if (!q.speaker) {
      warnings.push(`no speaker found for the quote "${short(words)}": left out`);
      continue;
    }
    const sentence = sentences.find((s) => s.start <= q.start && q.start < s.end);
    const end = Math.min(q.end, sentence?.end ?? q.end);
    const speaker = draft.idOf(q.speaker);
    const statement = draft.addEntity(
      {
        type: EntityType.STATEMENT,
        name: `${q.speaker.name}: ${short(words)}`,
        aliases: [],
        mentions: [draft.quote(q.start, trimEnd(text, q.start, end))],
        kind: 'QUOTE',
        text: words,
      },
      q,
    );
    const said = q.attribution ?? { start: q.start, end: trimEnd(text, q.start, end) };
    draft.relate(speaker, Predicate.SAID, statement, [draft.quote(said.start, said.end)], q);
  }
  for (const p of findParaphrases(text, sentences, resolution, titles, quoted)) {
    const words = text.slice(p.start, p.end);
    const statement = draft.addEntity(
      {
        type: EntityType.STATEMENT,
        name: `${p.speaker.name}: ${short(words)}`,
        aliases: [],
        mentions: [draft.quote(p.start, p.end)],
        kind: 'PARAPHRASE',
        text: words,
      },
      { rule: 'reported speech', confidence: 0.55 },
    );
    draft.relate(
      draft.idOf(p.speaker),
      Predicate.SAID,
      statement,
      [draft.quote(p.attribution.start, p.attribution.end)],
      {
        rule: 'reported speech',
        confidence: 0.55,
      },
    );
  }
  return warnings;
}

function short(words: string): string {
  const list = words.split(/\s+/);
  return list.length > NAME_WORDS ? `${list.slice(0, NAME_WORDS).join(' ')} ...` : words;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
