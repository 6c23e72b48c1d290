import { maxWeightMatching } from './matching';

/** How the draft items of one category met the labels. */
export interface Pairing<L, D> {
  pairs: { label: L; draft: D }[];
  /** Labels (not optional) no draft item paired with. */
  missed: L[];
  /** Draft items that count against precision; `duplicateOf` names the label they fit, which another item took. */
  extra: { draft: D; duplicateOf: L | null }[];
  /** Draft items that fit only optional labels: neither rewarded nor punished. */
  ignored: { draft: D; label: L }[];
}

/**
 * Pairs draft items with labels one to one, as many as can pair and, among such pairings, the
 * most with `preferred` (the right stored id, the right reporter): a maximum-weight matching
 * where a pair weighs more than all preferences together. Optional labels take no part: an
 * item left over that fits one is ignored, unless it also fits a label that is not optional
 * (then it is that label's duplicate, a false positive, as LABELS.md says of duplicates).
 */
export function pairItems<L extends { optional?: boolean }, D>(
  labels: readonly L[],
  drafts: readonly D[],
  fits: (label: L, draft: D) => boolean,
  preferred: (label: L, draft: D) => boolean = () => false,
): Pairing<L, D> {
  const required = labels.filter((l) => !l.optional);
  const optional = labels.filter((l) => l.optional);
  const pairWeight = Math.min(required.length, drafts.length) + 1;
  const matched = maxWeightMatching(required.length, drafts.length, (r, d) =>
    fits(required[r], drafts[d]) ? pairWeight + (preferred(required[r], drafts[d]) ? 1 : 0) : 0,
  );
  const labelOf = new Map(matched.map(([r, d]) => [d, r]));
  const pairedLabels = new Set(labelOf.values());
  const result: Pairing<L, D> = {
    pairs: matched.map(([r, d]) => ({ label: required[r], draft: drafts[d] })),
    missed: required.filter((_, r) => !pairedLabels.has(r)),
    extra: [],
    ignored: [],
  };
  drafts.forEach((draft, d) => {
    if (labelOf.has(d)) return;
    const duplicateOf = required.find((l) => fits(l, draft));
    const optionalLabel = duplicateOf ? undefined : optional.find((l) => fits(l, draft));
    if (optionalLabel) result.ignored.push({ draft, label: optionalLabel });
    else result.extra.push({ draft, duplicateOf: duplicateOf ?? null });
  });
  return result;
}
