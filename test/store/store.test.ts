import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Direction } from '../../src/domain/direction';
import { EntityType } from '../../src/domain/entity-type';
import { Predicate } from '../../src/domain/predicate';
import { readSeed } from '../../src/seed/load-seed';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/database';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { sourceRow } from '../../src/store/rows';
import { seededStore } from '../helpers/seeded-store';
import { tempSeed } from '../helpers/temp-seed';
import { forEachEngine } from '../helpers/engines';

forEachEngine((engine) => {
  describe('the store', () => {
    let store: KyselyGraphStore;
    beforeAll(async () => {
      store = await seededStore(engine);
    });
    afterAll(() => store.close());

    it('pages entities by name with a key that resumes where the last page ended', async () => {
      const all = await store.listEntities({ type: EntityType.LOCATION, first: 100 });
      const names = all.items.map((e) => e.name);
      expect(names).toEqual([...names].sort());
      const first = await store.listEntities({ type: EntityType.LOCATION, first: 4 });
      const last = first.items[3];
      const second = await store.listEntities({
        type: EntityType.LOCATION,
        first: 4,
        after: { name: last.name, id: last.id },
      });
      expect([...first.items, ...second.items].map((e) => e.id)).toEqual(all.items.slice(0, 8).map((e) => e.id));
      expect(first).toMatchObject({ totalCount: all.totalCount, hasNextPage: true });
    });

    it('filters names case- and accent-insensitively, aliases included', async () => {
      const page = await store.listEntities({ type: EntityType.LOCATION, name: 'u.s.', first: 10 });
      expect(page.items.map((e) => e.id)).toEqual(['location:united-states']);
      const accented = await store.listEntities({ type: EntityType.PERSON, name: 'ZÉLENSKYY', first: 10 });
      expect(accented.items.map((e) => e.id)).toEqual(['person:volodymyr-zelenskyy']);
    });

    it('treats % and _ in a name filter as characters, not wildcards', async () => {
      expect((await store.listEntities({ type: EntityType.PERSON, name: '%', first: 10 })).totalCount).toBe(0);
    });

    it('answers many link keys in one call, each relation under the keys it matches', async () => {
      const rows = await store.linkedRelations([
        { entityId: 'attack:kyiv-drone-strikes', predicate: Predicate.TARGETED, direction: Direction.OUTGOING },
        { entityId: 'attack:kyiv-drone-strikes', predicate: Predicate.CARRIED_OUT, direction: Direction.INCOMING },
      ]);
      expect(rows.map((r) => [r.subjectId, r.predicate, r.objectId]).sort()).toEqual([
        ['attack:kyiv-drone-strikes', 'TARGETED', 'location:kyiv'],
        ['location:russia', 'CARRIED_OUT', 'attack:kyiv-drone-strikes'],
      ]);
    });

    it('answers a relation that matches keys at both ends once, relations in id order', async () => {
      const rows = await store.linkedRelations([
        { entityId: 'attack:kyiv-drone-strikes', predicate: Predicate.TARGETED, direction: Direction.OUTGOING },
        { entityId: 'location:kyiv', predicate: Predicate.TARGETED, direction: Direction.INCOMING },
        { entityId: 'location:kyiv', predicate: Predicate.HOSTS, direction: Direction.OUTGOING },
      ]);
      const ids = rows.map((r) => r.id);
      expect(ids).toEqual([...new Set(ids)].sort());
      expect(
        rows.filter((r) => r.subjectId === 'attack:kyiv-drone-strikes' && r.objectId === 'location:kyiv'),
      ).toHaveLength(1);
    });

    it('pages relations of many entities at once, each page with its own total, past a cursor too', async () => {
      const everything = await store.relationPages([
        { entityId: 'location:kyiv', direction: Direction.BOTH, first: 100 },
      ]);
      const all = everything[0].items.map((r) => r.id);
      expect(all).toEqual([...all].sort());
      expect(everything[0]).toMatchObject({ totalCount: all.length, hasNextPage: false });

      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const [page, other] = await store.relationPages([
          { entityId: 'location:kyiv', direction: Direction.BOTH, first: 3, after },
          { entityId: 'location:russia', direction: Direction.OUTGOING, predicates: [Predicate.CARRIED_OUT], first: 1 },
        ]);
        expect(page.totalCount).toBe(all.length);
        expect(other.items.map((r) => [r.subjectId, r.predicate])).toEqual([['location:russia', 'CARRIED_OUT']]);
        seen.push(...page.items.map((r) => r.id));
        if (!page.hasNextPage) break;
        after = page.items.at(-1)!.id;
      }
      expect(seen).toEqual(all);

      const [beyond, none] = await store.relationPages([
        { entityId: 'location:kyiv', direction: Direction.BOTH, first: 3, after: all.at(-1) },
        { entityId: 'person:nobody', direction: Direction.BOTH, first: 3 },
      ]);
      expect(beyond).toEqual({ items: [], totalCount: all.length, hasNextPage: false });
      expect(none).toEqual({ items: [], totalCount: 0, hasNextPage: false });
    });

    it('walks neighbors breadth first: depth 1 is a subset of depth 2, each entity once', async () => {
      const one = await store.neighbors({ entityId: 'location:kyiv', depth: 1, limit: 500 });
      const two = await store.neighbors({ entityId: 'location:kyiv', depth: 2, limit: 500 });
      const ids = two.map((n) => n.entityId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain('location:kyiv');
      expect(ids).toEqual(expect.arrayContaining(one.map((n) => n.entityId)));
      expect(two.find((n) => n.entityId === 'attack:kyiv-drone-strikes')?.distance).toBe(1);
      expect(two.find((n) => n.entityId === 'location:russia')?.distance).toBe(2);
    });

    it('writes a source graph all or nothing', async () => {
      const fresh = await engine.open();
      const { folder } = tempSeed();
      const graph = readSeed(folder);
      // A relation to an entity the graph lacks: refused after the source row went in, so rolled back.
      graph.relations.push({ ...graph.relations[0], id: 'relation:dangling', objectId: 'person:nobody' });
      // The store checks every link under its write lock and refuses before the database would.
      await expect(fresh.saveSourceGraph(graph)).rejects.toHaveProperty(
        'message',
        expect.stringMatching(/no entity has id "person:nobody"/),
      );
      expect(await fresh.listSources()).toEqual([]);
      expect((await fresh.listEntities({ type: EntityType.PERSON, first: 10 })).totalCount).toBe(0);
      await fresh.close();
    });

    it('never reads what a write transaction has not committed', async () => {
      const fresh = await engine.open();
      // The store's own Kysely handle, to hold a transaction open as a write would.
      const { db } = fresh as unknown as { db: Kysely<Database> };
      const id = 'source:uncommitted';
      let read: Promise<unknown> | undefined;
      const write = db.transaction().execute(async (trx) => {
        await trx
          .insertInto('sources')
          .values(sourceRow({ id, title: 'T', publisher: 'P', url: null, publishedOn: null, text: 'x' }))
          .execute();
        read = fresh.sourcesByIds([id]);
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('rolled back');
      });
      await expect(write).rejects.toThrow('rolled back');
      expect(await read).toEqual([]);
      await fresh.close();
    });
  });
});
