import type { Database as Connection, Statement } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { type Frontier, SEEK_DEGREE, forwardIsCheaper, frontier, kShortestPaths } from '../path-finder';
import type { PathQuery, PathRecord } from '../records';

/**
 * What seeking one (entity, frontier entity) pair costs, in the units of `WideningCost`
 * (measured at 1,000,000 entities: a pair 1.1 µs, a relation read into JavaScript 0.27 µs, an
 * ordinary entity's relations 3.4 µs and more): a meeting is sought pair by pair first when
 * that costs less than the layer.
 */
const PAIR_SEEK_COST = 6;

/** (entity, layer entity) pairs at most for which relations between them are sought pair by pair. */
const PAIR_SEEKS_MAX = 4_000;

function linkingSql(noIndex: '' | '+'): string {
  return `select r.id, r.subject_id, r.object_id from json_each(?) m cross join relations r on r.object_id = m.value
      where ${noIndex}r.subject_id in (select value from json_each(?))
    union all
    select r.id, r.subject_id, r.object_id from json_each(?) m cross join relations r on r.subject_id = m.value
      where ${noIndex}r.object_id in (select value from json_each(?))
    order by 1`;
}

/** A frontier's entities, as a set made when first asked for. */
interface Layer {
  ids: string[];
  set?: Set<string>;
}

/** How an entity was reached: its parent step, the frontier it was found from (parent not looked up yet), or nothing (a root). */
type Visit = { prev: string; relation: string } | { from: Layer } | null;

/**
 * Paths over Yen's loop of path-finder.ts with a search of SQLite's own that finds the very path
 * `shortestPath` finds (breadth first from both ends, the frontier with fewer relations widened,
 * ties to the lowest relation id), without reading every relation of a layer into JavaScript. A
 * layer through a hub touches 50,000 relations at 1,000,000 entities; what the search needs of
 * them is only the new entities (read as one column), and the parent of the few entities on the
 * path, looked up when the sides meet: an entity's parent is the lowest-id relation to the
 * frontier it was found from, as `shortestPath` assigns it. Where the sides meet is the new
 * entity of the layer with the lowest such relation: read from the relations between the
 * frontier and the new entities the other side has reached.
 */
export function sqlitePaths(connection: Connection) {
  let statements: {
    neighbors: Statement;
    neighborsAll: Statement;
    aboveSeek: Statement;
    relationsOf: Statement;
    linkingPairs: Statement;
    linkingScan: Statement;
  } | null = null;
  const prepared = () =>
    (statements ??= {
      // The other ends of the frontier's relations, banned ones left out; repeated ends are
      // few, and JavaScript drops them for less than a union's sorts (half the statement's
      // time). Without banned relations (every first path) the check of each is left out too.
      neighbors: connection
        .prepare(
          `select object_id from relations
            where subject_id in (select value from json_each(?)) and id not in (select value from json_each(?))
          union all
          select subject_id from relations
            where object_id in (select value from json_each(?)) and id not in (select value from json_each(?))`,
        )
        .pluck(),
      neighborsAll: connection
        .prepare(
          `select object_id from relations where subject_id in (select value from json_each(?))
          union all
          select subject_id from relations where object_id in (select value from json_each(?))`,
        )
        .pluck(),
      // What the degrees above SEEK_DEGREE add to a cost, from their partial index (the literal
      // lets SQLite use it): a third of a look-up in the whole table (0.35 µs, not 1.4).
      aboveSeek: connection
        .prepare(
          `select coalesce(sum(d.degree - ${SEEK_DEGREE}), 0) from json_each(?) j
            join entity_degrees d on d.entity_id = j.value and d.degree > ${SEEK_DEGREE}`,
        )
        .pluck(),
      // Every relation of a few entities, read through the covering indexes.
      relationsOf: connection
        .prepare(
          `select id, subject_id, object_id from relations where subject_id in (select value from json_each(?))
          union all
          select id, subject_id, object_id from relations where object_id in (select value from json_each(?))`,
        )
        .raw(),
      // The relations between a few entities and a layer, by id: each (entity, layer entity)
      // pair one seek, or with "+" each entity's relations checked against the layer.
      linkingPairs: connection.prepare(linkingSql('')).raw(),
      linkingScan: connection.prepare(linkingSql('+')).raw(),
    });

  /** `WideningCost` of distinct entities: the degrees above SEEK_DEGREE come from their partial index. */
  const wideningCost = (ids: string[]) =>
    ids.length * SEEK_DEGREE + (prepared().aboveSeek.get(JSON.stringify(ids)) as number);

  /**
   * The lowest-id relation, not banned, between one of `few` and one of `layer`: [relation, the
   * `few` end, the layer end]. Read one of three ways, the cheapest for the sizes: the few
   * entities' relations read and checked against the layer in JavaScript, while they number no
   * more than the pairs (an entity on a path has a few dozen, its layer thousands, each pair a
   * seek); else each pair one seek, while the pairs are few; else the few entities' relations
   * read through the index and checked against the layer by SQLite ("+" keeps it from seeking
   * pairs), which costs what those relations number (a hub's: 50,000).
   */
  function lowestLink(few: string[], layer: Layer, banned: Set<string>): [string, string, string] | null {
    const inLayer = (layer.set ??= new Set(layer.ids));
    const m = JSON.stringify(few);
    const pairs = few.length * layer.ids.length;
    const { relationsOf, linkingPairs, linkingScan } = prepared();
    if (wideningCost(few) <= pairs) {
      let best: [string, string, string] | null = null;
      // all, not iterate: a row through iterate costs ten times as much.
      for (const [id, subject, object] of relationsOf.all(m, m) as [string, string, string][]) {
        // Compared as the shared search sorts them (JavaScript's order).
        if (banned.has(id) || (best && best[0] <= id)) continue;
        if (inLayer.has(object)) best = [id, subject, object];
        else if (inLayer.has(subject)) best = [id, object, subject];
      }
      return best;
    }
    const f = JSON.stringify(layer.ids);
    const linking = pairs <= PAIR_SEEKS_MAX ? linkingPairs : linkingScan;
    for (const [id, subject, object] of linking.iterate(m, f, m, f) as Iterable<[string, string, string]>) {
      if (banned.has(id)) continue;
      return inLayer.has(subject) ? [id, object, subject] : [id, subject, object];
    }
    return null;
  }

  async function shortest(
    fromId: string,
    toId: string,
    maxDepth: number,
    bannedEntities: Set<string>,
    bannedRelations: Set<string>,
  ): Promise<PathRecord | null> {
    if (fromId === toId) return { entityIds: [fromId], relationIds: [] };
    const banned = JSON.stringify([...bannedRelations]);
    type Side = Frontier & { visits: Map<string, Visit> };
    const forward: Side = { visits: new Map([[fromId, null]]), ...frontier([fromId]) };
    const backward: Side = { visits: new Map([[toId, null]]), ...frontier([toId]) };

    const parent = (side: Side, id: string): { prev: string; relation: string } | null => {
      const visit = side.visits.get(id);
      if (!visit) return null;
      if ('prev' in visit) return visit;
      const link = lowestLink([id], visit.from, bannedRelations);
      if (!link) throw new Error(`path search reached ${id} through no relation`);
      const step = { prev: link[2], relation: link[0] };
      side.visits.set(id, step);
      return step;
    };
    const join = (meeting: string): PathRecord => {
      const entityIds = [meeting];
      const relationIds: string[] = [];
      for (let step = parent(forward, meeting); step; step = parent(forward, step.prev)) {
        entityIds.unshift(step.prev);
        relationIds.unshift(step.relation);
      }
      for (let step = parent(backward, meeting); step; step = parent(backward, step.prev)) {
        entityIds.push(step.prev);
        relationIds.push(step.relation);
      }
      return { entityIds, relationIds };
    };

    const meet = (side: Side, [relation, meeting, prev]: [string, string, string]) => {
      side.visits.set(meeting, { prev, relation });
      return join(meeting);
    };

    for (let depth = 0; depth < maxDepth && forward.ids.length > 0 && backward.ids.length > 0; depth++) {
      const [side, other] = (await forwardIsCheaper(forward, backward, async (ids) => wideningCost(ids)))
        ? [forward, backward]
        : [backward, forward];
      // The sides meet in this layer when a relation (not banned) joins the frontier to an entity
      // of the other side's frontier (one it reached before that would have met this side
      // already). Sought pair by pair first when those seeks cost less than reading the layer
      // (its cost is counted in full: it is the cheaper side): a layer through a hub then need
      // not be read.
      const layer: Layer = { ids: side.ids };
      const reached = other.ids.filter((id) => !side.visits.has(id) && !bannedEntities.has(id));
      const pairs = reached.length * side.ids.length;
      const checked = pairs <= PAIR_SEEKS_MAX && pairs * PAIR_SEEK_COST < side.cost;
      if (checked) {
        const link = lowestLink(reached, layer, bannedRelations);
        if (link) return meet(side, link);
      }
      const ids = JSON.stringify(side.ids);
      const { neighbors, neighborsAll } = prepared();
      const ends = (
        bannedRelations.size > 0 ? neighbors.all(ids, banned, ids, banned) : neighborsAll.all(ids, ids)
      ) as string[];
      // One pass: an end seen already (by this side, or earlier in this layer) is dropped, a new
      // one marked found from this layer, and the ones the other side reached kept as `met`.
      const found: Visit = { from: layer };
      const next: string[] = [];
      const met: string[] = [];
      for (const id of ends) {
        if (side.visits.has(id) || bannedEntities.has(id)) continue;
        side.visits.set(id, found);
        next.push(id);
        if (!checked && other.visits.has(id)) met.push(id);
      }
      if (met.length > 0) {
        const link = lowestLink(met, layer, bannedRelations);
        if (!link) throw new Error('path search met the other side through no relation');
        return meet(side, link);
      }
      Object.assign(side, frontier(next));
    }
    return null;
  }

  // The whole search holds Kysely's one connection, so no write transaction interleaves with its reads.
  return (db: Kysely<Database>, query: PathQuery): Promise<PathRecord[]> =>
    db.connection().execute(() => kShortestPaths(query, { shortest }));
}
