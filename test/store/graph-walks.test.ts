import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Sqlite from 'better-sqlite3';
import { random, syntheticGraph } from '../../bench/synthetic-graph';
import { EntityType } from '../../src/domain/entity-type';
import { OrganizationKind } from '../../src/domain/organization-kind';
import { Predicate } from '../../src/domain/predicate';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { type Layers, SEEK_DEGREE, kShortestPaths } from '../../src/store/path-finder';
import { createSqliteStore } from '../../src/store/sqlite/create-sqlite-store';
import { smallest } from '../../src/store/sqlite/sqlite-walk';
import type { EntityRecord, NeighborQuery, NeighborRecord, RelationRecord, SourceGraph } from '../../src/store/records';
import { forEachEngine } from '../helpers/engines';

const SIZE = 400;
const CAP = 40;
const parts = [...syntheticGraph({ entities: SIZE, relations: SIZE * 5, chunk: 100 })];
const relations = parts.flatMap((p) => p.relations);
const typeOf = new Map(parts.flatMap((p) => p.entities).map((e) => [e.id, e.type]));

/**
 * The contract's walk, over every relation in memory: layer k+1 is every entity one relation
 * from layer k; distance is the first layer; `via` the lowest-id relation to an entity one step
 * nearer; nearest first, then by id. No cap.
 */
function referenceWalk(q: NeighborQuery): NeighborRecord[] {
  const kept = relations.filter((r) => !q.predicates?.length || q.predicates.includes(r.predicate));
  const distance = new Map([[q.entityId, 0]]);
  let layer = new Set([q.entityId]);
  for (let depth = 1; depth <= q.depth; depth++) {
    const next = new Set<string>();
    for (const r of kept) {
      if (layer.has(r.subjectId)) next.add(r.objectId);
      if (layer.has(r.objectId)) next.add(r.subjectId);
    }
    for (const id of next) if (!distance.has(id)) distance.set(id, depth);
    layer = next;
  }
  return [...distance]
    .filter(([id, d]) => d > 0 && (!q.types?.length || q.types.includes(typeOf.get(id)!)))
    .sort(([a, da], [b, db]) => da - db || (a < b ? -1 : 1))
    .slice(0, q.limit)
    .map(([id, d]) => ({ entityId: id, distance: d, viaId: lowestVia(kept, distance, id, d) }));
}

/** Rows in id order: batch lookups promise no order. */
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

function lowestVia(kept: RelationRecord[], distance: Map<string, number>, id: string, d: number): string {
  const ids = kept
    .filter(
      (r) =>
        (r.subjectId === id && distance.get(r.objectId) === d - 1) ||
        (r.objectId === id && distance.get(r.subjectId) === d - 1),
    )
    .map((r) => r.id)
    .sort();
  return ids[0];
}

/** The shared search's reads, over relations in memory: layers in id order, costs from degrees counted here. */
function inMemory(all: RelationRecord[]): Layers {
  const sorted = [...all].sort((a, b) => (a.id < b.id ? -1 : 1));
  const degree = new Map<string, number>();
  for (const r of all) for (const end of [r.subjectId, r.objectId]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return {
    expand: async (ids) => {
      const set = new Set(ids);
      return sorted.filter((r) => set.has(r.subjectId) || set.has(r.objectId));
    },
    wideningCost: async (ids) => ids.reduce((sum, id) => sum + Math.max(degree.get(id) ?? 0, SEEK_DEGREE), 0),
  };
}

const rand = random(11);
const starts = Array.from({ length: 12 }, () => `${Math.floor(rand() * SIZE)}`);
const idOf = (n: string) => [...typeOf.keys()].find((id) => id.endsWith(`:synthetic-${n}`))!;

forEachEngine((engine) => {
  describe('graph walks on a hub-heavy graph', () => {
    let store: KyselyGraphStore;
    let capped: KyselyGraphStore;
    beforeAll(async () => {
      store = await engine.open();
      for (const part of parts) await store.saveSourceGraph(part);
      capped = await engine.open({ walkCap: CAP });
      await capped.loadSourceGraphs(parts);
    });
    afterAll(async () => {
      await store.close();
      await capped.close();
    });

    it('walks as the contract defines when the cap does not bite: same entities, distances, via and order', async () => {
      for (const [i, n] of starts.entries()) {
        const q: NeighborQuery = { entityId: idOf(n), depth: 1 + (i % 3), limit: 500 };
        if (i % 4 === 1) q.predicates = [Predicate.ABOUT, Predicate.MEDIATES, Predicate.PART_OF];
        if (i % 3 === 2) q.types = [EntityType.PERSON, EntityType.LOCATION];
        if (i % 5 === 4) q.limit = 7;
        expect(await store.neighbors(q)).toEqual(referenceWalk(q));
      }
    });

    it('answers from the nearer layers alone when they already hold the limit, as the full walk would', async () => {
      // Entity 0 is the biggest hub: its first layer alone holds more than the limit below.
      const hub = idOf('0');
      const limit = referenceWalk({ entityId: hub, depth: 1, limit: 5000 }).length - 3;
      const q: NeighborQuery = { entityId: hub, depth: 3, limit };
      const found = await store.neighbors(q);
      expect(found).toEqual(referenceWalk(q));
      expect(found.every((n) => n.distance === 1)).toBe(true);
      // One more than the first layer holds: the second layer's lowest id comes last.
      const past: NeighborQuery = { entityId: hub, depth: 3, limit: limit + 4 };
      expect(await store.neighbors(past)).toEqual(referenceWalk(past));
    });

    it('stops a walk from a hub bigger than the cap at the cap, nearest first, each via still the lowest', async () => {
      // Entity 0 is the biggest hub: far more neighbors than the cap.
      const hub = idOf('0');
      expect(referenceWalk({ entityId: hub, depth: 1, limit: 500 }).length).toBeGreaterThan(CAP);
      const found = await capped.neighbors({ entityId: hub, depth: 2, limit: 500 });
      // The start is one of the cap's steps; the first layer alone fills the rest.
      expect(found).toHaveLength(CAP - 1);
      const reference = new Map(referenceWalk({ entityId: hub, depth: 2, limit: 5000 }).map((n) => [n.entityId, n]));
      for (const n of found) expect(n).toEqual(reference.get(n.entityId));
      expect(found.map((n) => n.entityId)).toEqual(found.map((n) => n.entityId).sort());
    });

    it('cuts only the farthest layer when the cap bites one step out, with every via looked up in full', async () => {
      for (const n of starts) {
        const entityId = idOf(n);
        const full = referenceWalk({ entityId, depth: 2, limit: 5000 });
        const found = await capped.neighbors({ entityId, depth: 2, limit: 500 });
        const nearest = full.filter((x) => x.distance === 1);
        if (nearest.length + 1 < CAP) expect(found.slice(0, nearest.length)).toEqual(nearest);
        const reference = new Map(full.map((x) => [x.entityId, x]));
        for (const x of found) expect(x).toEqual(reference.get(x.entityId));
        expect(found.length).toBeLessThan(CAP);
      }
    });

    it('finds the same shortest paths through far entities as the search over every relation', async () => {
      for (let i = 0; i + 1 < starts.length; i += 2) {
        const [fromId, toId] = [idOf(starts[i]), idOf(starts[i + 1])];
        const [path] = await store.paths({ fromId, toId, maxDepth: 6, first: 1 });
        const distance = referenceWalk({ entityId: fromId, depth: 6, limit: 5000 }).find(
          (x) => x.entityId === toId,
        )?.distance;
        expect(path?.relationIds.length).toBe(distance);
        // Each step is a stored relation between consecutive entities.
        const byId = new Map(relations.map((r) => [r.id, r]));
        path.relationIds.forEach((id, k) => {
          const r = byId.get(id)!;
          expect([r.subjectId, r.objectId].sort()).toEqual([path.entityIds[k], path.entityIds[k + 1]].sort());
        });
      }
    });

    it('finds exactly the paths of the search run over every relation in memory, k shortest too', async () => {
      for (let i = 0; i + 1 < starts.length; i++) {
        const q = { fromId: idOf(starts[i]), toId: idOf(starts[i + 1]), maxDepth: 2 + (i % 5), first: 1 + (i % 3) };
        expect(await store.paths(q)).toEqual(await kShortestPaths(q, inMemory(relations)));
      }
    });

    it('widens first the side whose frontier has fewer relations, not fewer entities', async () => {
      // From f (40 relations, 38 to dead ends) to b (2): two paths of length 2, through x and
      // through y. Widened first, b reaches x and y; then f, the cheaper side (40 against 64, each
      // entity counted at least SEEK_DEGREE), meets them at x through cost-2, its lowest relation
      // to them. Widening f first (both frontiers one entity) would meet at y through cost-1.
      const org = (name: string): EntityRecord => ({
        id: `organization:cost-${name}`,
        type: EntityType.ORGANIZATION,
        name: `Cost ${name}`,
        aliases: [],
        description: null,
        kind: OrganizationKind.OTHER,
      });
      const link = (id: string, from: string, to: string): RelationRecord => ({
        id: `relation:cost-${id}`,
        predicate: Predicate.PART_OF,
        subjectId: org(from).id,
        objectId: org(to).id,
        role: null,
      });
      const ends = Array.from({ length: 38 }, (_, i) => `z${String(i).padStart(2, '0')}`);
      const linked = [
        link('1', 'b', 'y'),
        link('2', 'f', 'x'),
        link('3', 'f', 'y'),
        link('4', 'b', 'x'),
        ...ends.map((z) => link(`5-${z}`, 'f', z)),
      ];
      const text = 'Costs.';
      const sourceId = 'source:costs';
      const fresh = await engine.open();
      await fresh.saveSourceGraph({
        source: { id: sourceId, title: 'Costs', publisher: 'test', url: null, publishedOn: null, text },
        sentences: [{ sourceId, index: 0, start: 0, end: text.length, text }],
        entities: ['f', 'b', 'x', 'y', ...ends].map(org),
        relations: linked,
        positions: [],
        figures: [],
        evidence: [],
      });
      const q = { fromId: org('f').id, toId: org('b').id, maxDepth: 4, first: 1 };
      const found = await fresh.paths(q);
      expect(found).toEqual([
        { entityIds: [org('f').id, org('x').id, org('b').id], relationIds: ['relation:cost-2', 'relation:cost-4'] },
      ]);
      expect(await kShortestPaths(q, inMemory(linked))).toEqual(found);
      await fresh.close();
    });

    it('bulk-loads the same graph the one-by-one path stores, search documents included', async () => {
      const ids = [...typeOf.keys()];
      const strip = (es: { id: string; version: number }[]) => byId(es).map(({ version: _v, ...e }) => e);
      expect(strip(await capped.entitiesByIds(ids))).toEqual(strip(await store.entitiesByIds(ids)));
      const relationIds = relations.map((r) => r.id);
      expect(byId(await capped.relationsByIds(relationIds))).toEqual(byId(await store.relationsByIds(relationIds)));
      expect(await capped.evidenceByOwners(ids)).toEqual(await store.evidenceByOwners(ids));
      expect(await capped.listSources()).toEqual(await store.listSources());
      const sources = parts.map((p: SourceGraph) => p.source.id);
      expect(await capped.sentencesBySources(sources)).toEqual(await store.sentencesBySources(sources));
      for (const e of (await store.entitiesByIds(ids.slice(0, 10))).map((x) => x.name)) {
        expect(await capped.search({ query: e, first: 10 })).toEqual(await store.search({ query: e, first: 10 }));
        const typo = e.slice(0, 2) + e.slice(3);
        expect(await capped.search({ query: typo, first: 10 })).toEqual(await store.search({ query: typo, first: 10 }));
      }
      // One write: entities it created stay at version 1.
      expect(new Set((await capped.entitiesByIds(ids)).map((e) => e.version))).toEqual(new Set([1]));
      expect((await capped.changes({ first: 10 })).items.map((c) => c.operation)).toEqual(['loadSources']);
    });

    it('bumps once the version of each entity stored before a bulk load that the load links to', async () => {
      const fresh = await engine.open();
      await fresh.saveSourceGraph(parts[0]);
      await fresh.loadSourceGraphs(parts.slice(1));
      const before = parts[0].entities.map((e) => e.id);
      const linked = new Set(relations.flatMap((r) => [r.subjectId, r.objectId]));
      const versions = new Map((await fresh.entitiesByIds(before)).map((e) => [e.id, e.version]));
      for (const id of before) expect([id, versions.get(id)]).toEqual([id, linked.has(id) ? 2 : 1]);
      const [load] = (await fresh.changes({ first: 1 })).items;
      expect(load.operation).toBe('loadSources');
      await fresh.close();
    });

    it('refuses a bulk load whole when one graph links to an entity nobody has', async () => {
      const fresh = await engine.open();
      const bad = {
        ...parts[parts.length - 1],
        relations: [{ ...relations[0], id: 'relation:dangling', objectId: 'person:nobody' }],
      };
      await expect(fresh.loadSourceGraphs([...parts.slice(0, 4), bad])).rejects.toThrow(
        /no entity has id "person:nobody"/,
      );
      expect(await fresh.listSources()).toEqual([]);
      expect(await fresh.entitiesByIds([idOf('1')])).toEqual([]);
      await fresh.close();
    });
  });
});

describe('the smallest ids of a layer', () => {
  it('are the first k of the sorted layer, for small and large layers', () => {
    const next = random(3);
    for (const [n, k] of [
      [10, 3],
      [5000, 500],
      [20_000, 7],
      [3, 10],
    ]) {
      const ids = [...new Set(Array.from({ length: n }, () => `entity:${Math.floor(next() * 1e6)}`))];
      expect(smallest([...ids], k)).toEqual([...ids].sort().slice(0, k));
    }
  });
});

describe('a bulk load on SQLite', () => {
  it('leaves the indexes and settings as they were, whether it fails or succeeds', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bulk-load-'));
    const file = join(folder, 'graph.db');
    const store = createSqliteStore(file);
    await store.migrate();
    const look = () => {
      const db = new Sqlite(file, { readonly: true });
      try {
        return {
          indexes: db.prepare("select name, sql from sqlite_master where type = 'index' order by name").all(),
          journal: db.pragma('journal_mode', { simple: true }),
        };
      } finally {
        db.close();
      }
    };
    const before = look();
    expect(before.indexes).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'relations_subject_walk' })]),
    );
    const bad = { ...parts[1], relations: [{ ...relations[0], id: 'relation:dangling', objectId: 'person:nobody' }] };
    await expect(store.loadSourceGraphs([parts[0], bad])).rejects.toThrow(/person:nobody/);
    expect(look()).toEqual(before);
    await store.loadSourceGraphs(parts);
    expect(look()).toEqual(before);
    expect((await store.neighbors({ entityId: idOf('7'), depth: 2, limit: 500 })).length).toBeGreaterThan(0);
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });
});
