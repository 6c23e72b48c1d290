import { EntityType } from '../domain/entity-type';
import { FigureMetric } from '../domain/figure-metric';
import { Predicate } from '../domain/predicate';

/**
 * The most items each list field without `first` holds. The cost estimate multiplies everything
 * under a list by its bound (`src/server/limits/query-cost.ts`), which is what keeps a response
 * within `MAX_COST` values; the resolvers cut a longer list to it (`BoundedList`), so an entity
 * that keeps growing import after import never makes a response larger. Each bound is well
 * above what the seeded article holds (in brackets) and what one long article would; the whole
 * of an entity's relations is paged through `relations(first, after)`.
 */
export const LIST_BOUNDS = {
  /** Entities linked by one kind of relation: targets, members, statements, about ... (4). */
  linked: 100,
  /** Places the sources name an entity; a statement's `evidence` is the same list (8). */
  mentions: 50,
  /** Quotes behind one relation, figure or position (2). */
  evidence: 20,
  /** Numbers reported about one attack (5). */
  figures: 50,
  /** Titles one person holds (1). */
  positions: 20,
  /** A source's stored sentences, the ones evidence points into (22). */
  sentences: 500,
  /** Entities within `depth` of one, nearest first: the walk's own cap. */
  neighbors: 500,
  /** Entities on one path: `maxDepth` (at most 8, `PathArgs`) relations, so one more entity. */
  pathSteps: 9,
  /** One summary per metric reported. */
  figureMetrics: Object.values(FigureMetric).length,
  /** One count per type and per predicate. */
  entityTypes: Object.values(EntityType).length,
  predicates: Object.values(Predicate).length,
} as const;

/** The field extension the cost estimate reads a list's bound from. */
export const MAX_ITEMS = 'maxItems';

/** `@Extensions(...)` of a list field that holds at most `max` items. */
export function maxItems(max: number): Record<typeof MAX_ITEMS, number> {
  return { [MAX_ITEMS]: max };
}

/** A list field's description with its bound, so clients read the bound in the schema. */
export function withBound(description: string | undefined, max: number): string {
  return description === undefined ? `At most ${max}.` : `${description} At most ${max}.`;
}
