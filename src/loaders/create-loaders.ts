import DataLoader from 'dataloader';
import type { GraphStore } from '../store/graph-store';
import type { EntityRecord, NeighborQuery, RelationPageQuery } from '../store/records';
import { loaderById, loaderOfLists } from './batch';
import { createLinksLoader } from './links.loader';

/** The loaders of one request: built per request, so nothing cached outlives it. */
export function createLoaders(store: GraphStore) {
  return {
    source: loaderById((ids) => store.sourcesByIds(ids)),
    sentences: loaderOfLists(
      (ids) => store.sentencesBySources(ids),
      (s) => s.sourceId,
    ),
    // Typed as plain records: stored ones carry `version` too, which `Entity.version` reads.
    entity: loaderById<EntityRecord>((ids) => store.entitiesByIds(ids)),
    relation: loaderById((ids) => store.relationsByIds(ids)),
    links: createLinksLoader(store),
    evidence: loaderOfLists(
      (ids) => store.evidenceByOwners(ids),
      (e) => e.ownerId,
    ),
    figures: loaderOfLists(
      (ids) => store.figuresByAttacks(ids),
      (f) => f.attackId,
    ),
    positions: loaderOfLists(
      (ids) => store.positionsByPeople(ids),
      (p) => p.personId,
    ),
    relationPage: new DataLoader((queries: readonly RelationPageQuery[]) => store.relationPages(queries), {
      cacheKeyFn: (q) => JSON.stringify(q),
    }),
    neighbors: new DataLoader(
      (queries: readonly NeighborQuery[]) => Promise.all(queries.map((q) => store.neighbors(q))),
      {
        cacheKeyFn: (q) => JSON.stringify(q),
      },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
