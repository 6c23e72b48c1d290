import { type Category, category } from './metrics';
import type { PatternAnswers } from './pattern-answers';

/** A labeled link: its kind (weapon, role) and its parts as patterns (perpetrator and place; venue and member). */
export interface LabelTriple {
  kind: string;
  parts: (string | null)[];
  optional: boolean;
  text: string;
}

/** A drafted link: its kind and parts as drafted ids; null where the draft gives none. */
export interface DraftTriple {
  kind: string | null;
  parts: (string | null)[];
  text: string;
}

/**
 * Links as LABELS.md scores them: a label triple is found when a draft triple fits it; a draft
 * triple counts against precision unless it fits a label triple, and is ignored when it fits
 * only an optional one, or lacks a part (no place, no venue) while its other parts fit some
 * label. Not one to one: two drafted attacks of one weapon on one city are one link, so the
 * draft's triples are taken once each. tp counts the labels found, fp the draft triples against.
 */
export function scoreTriples(
  labels: readonly LabelTriple[],
  drafts: readonly DraftTriple[],
  answers: PatternAnswers,
): Category {
  const unique = [...new Map(drafts.map((d) => [JSON.stringify([d.kind, d.parts]), d])).values()];
  const fits = (l: LabelTriple, d: DraftTriple, lacking: 'skip' | 'count') => {
    const skip = lacking === 'skip';
    if (d.kind === null ? !skip : d.kind !== l.kind) return false;
    return l.parts.every(
      (pattern, i) => (skip && d.parts[i] === null) || answers.fits(pattern, d.parts[i], l.optional),
    );
  };
  const required = labels.filter((l) => !l.optional);
  const optional = labels.filter((l) => l.optional);
  const lacksPart = (d: DraftTriple) => d.kind === null || d.parts.includes(null);
  const against = unique.filter(
    (d) =>
      !required.some((l) => fits(l, d, 'count')) &&
      !optional.some((l) => fits(l, d, 'count')) &&
      !(lacksPart(d) && labels.some((l) => fits(l, d, 'skip'))),
  );
  const foundBy = (l: LabelTriple) => unique.find((d) => fits(l, d, 'count'));
  return category({
    matched: required.flatMap((l) => {
      const d = foundBy(l);
      return d ? [`${l.text} <- ${d.text}`] : [];
    }),
    missed: required.filter((l) => !foundBy(l)).map((l) => l.text),
    extra: against.map((d) => d.text),
  });
}
