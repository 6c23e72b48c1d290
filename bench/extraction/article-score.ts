import { NAMED_TYPES, type NamedType } from './labels';
import { type Category, type Share, sumCategories, sumShares } from './metrics';

/** A draft's score against one article's labels (or, summed, against a set). */
export interface ArticleScore {
  entities: Category;
  entitiesByType: Record<NamedType, Category>;
  /** Labels with `existing` whose paired entity has exactly that id. */
  linking: Category;
  figures: Category;
  /** Matched figure pairs with the right reporter. */
  attribution: Share;
  /** Quotes with their speaker. */
  quotes: Category;
  positions: Category;
  /** Matched position pairs with the right `of`. */
  positionOf: Share;
  attackLinks: Category;
  negotiationLinks: Category;
  /** Draft quotes (mentions and evidence) that are exact spans of the text. */
  spans: Share;
  /** Ids the draft refers to that it neither lists nor the store holds. */
  dangling: string[];
}

export type CategoryName =
  'entities' | 'linking' | 'figures' | 'quotes' | 'positions' | 'attackLinks' | 'negotiationLinks';
export type ShareName = 'attribution' | 'positionOf' | 'spans';

export const CATEGORIES: readonly CategoryName[] = [
  'entities',
  'linking',
  'figures',
  'quotes',
  'positions',
  'attackLinks',
  'negotiationLinks',
];
export const SHARES: readonly ShareName[] = ['attribution', 'positionOf', 'spans'];

/** Micro-averaged over articles: counts summed, ratios taken from the sums. */
export function sumScores(scores: readonly { id: string; score: ArticleScore }[]): ArticleScore {
  const categoryOf = (pick: (s: ArticleScore) => Category) =>
    sumCategories(scores.map((s) => ({ from: s.id, category: pick(s.score) })));
  const shareOf = (name: ShareName) => sumShares(scores.map((s) => ({ from: s.id, share: s.score[name] })));
  return {
    entities: categoryOf((s) => s.entities),
    entitiesByType: Object.fromEntries(NAMED_TYPES.map((t) => [t, categoryOf((s) => s.entitiesByType[t])])) as Record<
      NamedType,
      Category
    >,
    linking: categoryOf((s) => s.linking),
    figures: categoryOf((s) => s.figures),
    attribution: shareOf('attribution'),
    quotes: categoryOf((s) => s.quotes),
    positions: categoryOf((s) => s.positions),
    positionOf: shareOf('positionOf'),
    attackLinks: categoryOf((s) => s.attackLinks),
    negotiationLinks: categoryOf((s) => s.negotiationLinks),
    spans: shareOf('spans'),
    dangling: scores.flatMap((s) => s.score.dangling.map((d) => `${s.id}: ${d}`)),
  };
}
