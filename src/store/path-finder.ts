import type { PathQuery, PathRecord } from './records';

/**
 * Relations with either end among the given entities, ordered by id: one layer of a search.
 * The search may stop reading part way (it has met the other side), so a lazy sequence pays
 * only for what is read.
 */
export type Expand = (entityIds: string[]) => Promise<Iterable<{ id: string; subjectId: string; objectId: string }>>;

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
 * `shortestPath` over `expand`, or a dialect's own search that finds the same path.
 */
export async function kShortestPaths(query: PathQuery, search: Expand | { shortest: ShortestPath }): Promise<PathRecord[]> {
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

/**
 * Breadth first from both ends, one query per layer, always widening the smaller frontier;
 * the first layer where the two meet gives a shortest path. Ties go to the lowest relation id.
 */
export async function shortestPath(
  expand: Expand,
  fromId: string,
  toId: string,
  maxDepth: number,
  bannedEntities: Set<string>,
  bannedRelations: Set<string>,
): Promise<PathRecord | null> {
  if (fromId === toId) return { entityIds: [fromId], relationIds: [] };
  type Side = { parents: Parents; frontier: string[] };
  const forward: Side = { parents: new Map([[fromId, null]]), frontier: [fromId] };
  const backward: Side = { parents: new Map([[toId, null]]), frontier: [toId] };
  for (let depth = 0; depth < maxDepth && forward.frontier.length > 0 && backward.frontier.length > 0; depth++) {
    const [side, other] = forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
    const inFrontier = new Set(side.frontier);
    const next: string[] = [];
    for (const r of await expand(side.frontier)) {
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
    side.frontier = next;
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
