import type { ArticleScore, CategoryName, ShareName } from './article-score';

/** A target of issue 17: an F1 of a category, or a share. */
export type Target = { name: string; min: number } & ({ category: CategoryName } | { share: ShareName });

export const TARGETS: readonly Target[] = [
  { name: 'entities F1', category: 'entities', min: 0.85 },
  { name: 'figures F1', category: 'figures', min: 0.85 },
  { name: 'quotes F1', category: 'quotes', min: 0.85 },
  { name: 'positions F1', category: 'positions', min: 0.75 },
  { name: 'attack links F1', category: 'attackLinks', min: 0.75 },
  { name: 'negotiation links F1', category: 'negotiationLinks', min: 0.75 },
  { name: 'figure attribution', share: 'attribution', min: 0.9 },
  { name: 'exact spans', share: 'spans', min: 1 },
];

export function targetValue(target: Target, score: ArticleScore): number {
  return 'category' in target ? score[target.category].f1 : score[target.share].share;
}

/** The targets `score` misses, each with its value: "quotes F1 0.620 < 0.85". */
export function belowTarget(score: ArticleScore): string[] {
  return TARGETS.filter((t) => targetValue(t, score) < t.min).map(
    (t) => `${t.name} ${targetValue(t, score).toFixed(3)} < ${t.min}`,
  );
}
