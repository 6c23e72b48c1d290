import type { DraftGraph } from './draft-graph';

/**
 * What an editor can accept or drop in a draft: an entity by its id (one the draft lists, or a
 * stored one it only refers to), a relation, position or figure by its place in its list.
 */
export type ItemKey = string;
export const relationKey = (index: number): ItemKey => `relations#${index}`;
export const positionKey = (index: number): ItemKey => `positions#${index}`;
export const figureKey = (index: number): ItemKey => `figures#${index}`;

export interface Pruned {
  /** The draft with only what is kept: what the import sends. */
  graph: DraftGraph;
  /**
   * Every item left out, with the item the editor dropped that took it along (itself when it was
   * dropped by hand): a relation to a dropped entity, a position of or at one, a figure of a
   * dropped attack or reporter, a statement whose every SAID went.
   */
  droppedBy: Map<ItemKey, ItemKey>;
}

/**
 * The draft without the items `dropped` names and without what cannot stand without them, so
 * that the import never points at an entity it does not hold. Pure: the same choice gives the
 * same graph, so the JSON the editor sees is always this function of the choice.
 */
export function pruneDraft(graph: DraftGraph, dropped: ReadonlySet<ItemKey>): Pruned {
  const droppedBy = new Map<ItemKey, ItemKey>();
  for (const key of dropped) droppedBy.set(key, key);
  // An entity goes with the first item whose going took it along; those items go with its root.
  const drop = (key: ItemKey, cause: ItemKey) => {
    if (droppedBy.has(key)) return false;
    droppedBy.set(key, droppedBy.get(cause) ?? cause);
    return true;
  };
  const gone = (id: string | null) => id !== null && droppedBy.has(id);
  const statements = graph.entities.filter((e) => e.type === 'STATEMENT').map((e) => e.id);

  // A statement dropped for want of a speaker takes its ABOUT relations along: repeat until nothing more goes.
  for (let changed = true; changed;) {
    changed = false;
    graph.relations.forEach((r, i) => {
      const key = relationKey(i);
      if (droppedBy.has(key)) return;
      const cause = gone(r.subject) ? r.subject : gone(r.object) ? r.object : null;
      if (cause !== null) changed = drop(key, cause) || changed;
    });
    for (const id of statements) {
      if (droppedBy.has(id)) continue;
      const said = graph.relations
        .map((r, i) => ({ r, key: relationKey(i) }))
        .filter(({ r }) => r.predicate === 'SAID' && r.object === id);
      // A statement the draft gives no speaker is left for the import to refuse, not dropped silently.
      if (said.length > 0 && said.every(({ key }) => droppedBy.has(key))) changed = drop(id, said[0].key) || changed;
    }
  }
  graph.positions.forEach((p, i) => {
    const cause = gone(p.person) ? p.person : gone(p.of) ? p.of : null;
    if (cause !== null) drop(positionKey(i), cause);
  });
  graph.figures.forEach((f, i) => {
    const cause = gone(f.attack) ? f.attack : gone(f.reportedBy) ? f.reportedBy : null;
    if (cause !== null) drop(figureKey(i), cause);
  });

  return {
    graph: {
      entities: graph.entities.filter((e) => !droppedBy.has(e.id)),
      positions: graph.positions.filter((_, i) => !droppedBy.has(positionKey(i))),
      relations: graph.relations.filter((_, i) => !droppedBy.has(relationKey(i))),
      figures: graph.figures.filter((_, i) => !droppedBy.has(figureKey(i))),
    },
    droppedBy,
  };
}
