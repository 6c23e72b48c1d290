import type { PathQuery, PathRecord } from './records';

/**
 * Relations with either end among the given entities, ordered by id: one layer of a search.
 * The search may stop reading part way (it has met the other side), so a lazy sequence pays
 * only for what is read.
 */
export type Expand = (entityIds: string[]) => Promise<Iterable<{ id: string; subjectId: string; objectId: string }>>;

/**
 * What widening a frontier of distinct entities costs, in relations read: each entity's degree
 * (relations, either end), counted as `SEEK_DEGREE` when lower.
 */
export type WideningCost = (entityIds: string[]) => Promise<number>;

/**
 * Below this many relations an entity costs about as much to widen as one with this many: the
 * seeks into both relation indexes, not its few relations, are most of it. Degrees above it
 * are kept in an index of their own (migration 0006, which fixes the number), small enough to
 * stay in memory, so a cost is counted without a look-up per ordinary entity.
 */
export const SEEK_DEGREE = 32;

/** How a search reads the graph: a layer's relations, and what widening a frontier would cost. */
export interface Layers {
  expand: Expand;
  wideningCost: WideningCost;
}

type Parents = Map<string, { prev: string; relation: string } | null>;

/** A shortest path from one entity to another within `maxDepth` relations, avoiding the banned ones. */
export type ShortestPath = (
  fromId: string,
  toId: string,
  maxDepth: number,
  bannedEntities: Set<string>,
  bannedRelations: Set<string>,
) => Promise<PathRecord | null>;

/**
 * Yen's algorithm: the shortest path, then each next one by deviating from the last at every
 * entity along it, with the relations earlier paths took from there banned. Each search is
 * `shortestPath` over `layers`, or a dialect's own search that finds the same path.
 */
export async function kShortestPaths(
  query: PathQuery,
  search: Layers | { shortest: ShortestPath },
): Promise<PathRecord[]> {
  const shortest: ShortestPath =
    'shortest' in search
      ? search.shortest
      : (from, to, depth, entities, relations) => shortestPath(search, from, to, depth, entities, relations);
  const first = await shortest(query.fromId, query.toId, query.maxDepth, new Set(), new Set());
  if (!first) return [];
  const found = [first];
  const candidates: PathRecord[] = [];
  const key = (p: PathRecord) => p.relationIds.join(' ');
  while (found.length < query.first) {
    const last = found[found.length - 1];
    for (let i = 0; i < last.entityIds.length - 1; i++) {
      const root = last.entityIds.slice(0, i + 1);
      const sameRoot = found.filter((p) => root.every((id, j) => p.entityIds[j] === id));
      const bannedRelations = new Set(sameRoot.map((p) => p.relationIds[i]));
      const bannedEntities = new Set(root.slice(0, -1));
      const spur = await shortest(root[i], query.toId, query.maxDepth - i, bannedEntities, bannedRelations);
      if (!spur) continue;
      const candidate = {
        entityIds: [...root.slice(0, -1), ...spur.entityIds],
        relationIds: [...last.relationIds.slice(0, i), ...spur.relationIds],
      };
      if (![...found, ...candidates].some((p) => key(p) === key(candidate))) candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.relationIds.length - b.relationIds.length || (key(a) < key(b) ? -1 : 1));
    found.push(candidates.shift()!);
  }
  return found;
}

/** A side's frontier, with what widening it costs as far as that has been counted. */
export interface Frontier {
  ids: string[];
  /** How many of `ids`, from the first, `cost` counts. */
  counted: number;
  cost: number;
}

/** A new frontier, its degrees not counted yet. */
export function frontier(ids: string[]): Frontier {
  return { ids, counted: 0, cost: 0 };
}

/**
 * Whether the forward frontier is the one to widen: it costs no more than the backward one
 * (`WideningCost`). Each cost is counted only as far as the comparison needs, in chunks that
 * double: a layer past a hub holds thousands of entities, and the first few of them often
 * settle it. The answer is the one the full costs give.
 */
export async function forwardIsCheaper(
  forward: Frontier,
  backward: Frontier,
  wideningCost: WideningCost,
): Promise<boolean> {
  for (;;) {
    const forwardDone = forward.counted === forward.ids.length;
    const backwardDone = backward.counted === backward.ids.length;
    if (forwardDone && forward.cost <= backward.cost) return true;
    if (backwardDone && backward.cost < forward.cost) return false;
    // The one behind counts on (the other is past it, or counted in full).
    const side = !forwardDone && (backwardDone || forward.cost <= backward.cost) ? forward : backward;
    const part = side.ids.slice(side.counted, side.counted + Math.max(COST_CHUNK, side.counted));
    side.cost += await wideningCost(part);
    side.counted += part.length;
  }
}

/** Entities whose cost is counted first. */
const COST_CHUNK = 32;

/**
 * Breadth first from both ends, one query per layer, always widening the cheaper frontier:
 * the one whose entities have fewer relations (`forwardIsCheaper`; the forward one on a tie),
 * so a layer holding a hub is read only when the other side costs more still. The first layer
 * where the two meet gives a shortest path: the meeting is the new entity reached by the
 * lowest-id relation among those to entities the other side has reached, and each entity's
 * parent is the lowest-id relation to it from the layer before.
 */
export async function shortestPath(
  layers: Layers,
  fromId: string,
  toId: string,
  maxDepth: number,
  bannedEntities: Set<string>,
  bannedRelations: Set<string>,
): Promise<PathRecord | null> {
  if (fromId === toId) return { entityIds: [fromId], relationIds: [] };
  type Side = Frontier & { parents: Parents };
  const forward: Side = { parents: new Map([[fromId, null]]), ...frontier([fromId]) };
  const backward: Side = { parents: new Map([[toId, null]]), ...frontier([toId]) };
  for (let depth = 0; depth < maxDepth && forward.ids.length > 0 && backward.ids.length > 0; depth++) {
    const [side, other] = (await forwardIsCheaper(forward, backward, layers.wideningCost))
      ? [forward, backward]
      : [backward, forward];
    const inFrontier = new Set(side.ids);
    const next: string[] = [];
    for (const r of await layers.expand(side.ids)) {
      if (bannedRelations.has(r.id)) continue;
      for (const [from, to] of [
        [r.subjectId, r.objectId],
        [r.objectId, r.subjectId],
      ]) {
        if (!inFrontier.has(from) || side.parents.has(to) || bannedEntities.has(to)) continue;
        side.parents.set(to, { prev: from, relation: r.id });
        next.push(to);
        // The first entity of the new layer that the other side has reached is where they meet;
        // the rest of the layer cannot change that, nor the parents on the way to it.
        if (other.parents.has(to)) return joinPath(to, forward.parents, backward.parents);
      }
    }
    Object.assign(side, frontier(next));
  }
  return null;
}

/** The path through `meeting`: back along the forward parents, then on along the backward ones. */
function joinPath(meeting: string, forward: Parents, backward: Parents): PathRecord {
  const entityIds = [meeting];
  const relationIds: string[] = [];
  for (let step = forward.get(meeting); step; step = forward.get(step.prev)) {
    entityIds.unshift(step.prev);
    relationIds.unshift(step.relation);
  }
  for (let step = backward.get(meeting); step; step = backward.get(step.prev)) {
    entityIds.push(step.prev);
    relationIds.push(step.relation);
  }
  return { entityIds, relationIds };
}
