import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  AttackFiguresDocument,
  AttacksListDocument,
  EntityNeighborhoodDocument,
  EntityNeighborsDocument,
  NegotiationsListDocument,
  PathDocument,
  PathsDocument,
  SearchDocument,
  StatementsListDocument,
  StatsDocument,
} from '../../graph/generated/graphql';
import { EntityType } from '../../src/domain/entity-type';
import { FigureMetric } from '../../src/domain/figure-metric';
import { readSeed } from '../../src/seed/load-seed';
import { execute, testServer } from '../helpers/execute';
import { useSeededServer } from '../helpers/seeded-server';
import { SEED_DIR, seededStore } from '../helpers/seeded-store';
import { forEachEngine } from '../helpers/engines';

forEachEngine((engine) => {
  const ZELENSKYY = 'person:volodymyr-zelenskyy';
  const KARASIN = 'person:grigory-karasin';

  describe('graph queries on the seeded article', () => {
    const seeded = useSeededServer(engine);

    const neighborIds = async (depth: number, types?: ('LOCATION' | 'ATTACK')[]) => {
      const { data, errors } = await seeded.run(EntityNeighborsDocument, { id: 'location:kyiv', depth, types });
      expect(errors).toBeUndefined();
      return data!.entity!.neighbors.map((n) => n.id);
    };

    describe('neighbors', () => {
      it('from Kyiv at depth 2 holds the attack on it and Russia, each once, never Kyiv', async () => {
        const two = await neighborIds(2);
        expect(two).toEqual(expect.arrayContaining(['attack:kyiv-drone-strikes', 'location:russia']));
        expect(new Set(two).size).toBe(two.length);
        expect(two).not.toContain('location:kyiv');
      });

      it('at depth 1 is a subset of depth 2, and nearest come first', async () => {
        const one = await neighborIds(1);
        const two = await neighborIds(2);
        expect(one.length).toBeGreaterThan(0);
        expect(two.length).toBeGreaterThan(one.length);
        expect(two.slice(0, one.length).sort()).toEqual([...one].sort());
      });

      it('returns only the asked types, while walking through all', async () => {
        const { data } = await seeded.run(EntityNeighborsDocument, {
          id: 'location:kyiv',
          depth: 2,
          types: ['LOCATION'],
        });
        const types = data!.entity!.neighbors.map((n) => n.type);
        expect(types.length).toBeGreaterThan(0);
        expect(new Set(types)).toEqual(new Set(['LOCATION']));
        // Russia is two steps away, through the attack: the walk passed an ATTACK to reach it.
        expect(data!.entity!.neighbors.map((n) => n.id)).toContain('location:russia');
      });

      it('gives each neighbor its distance and the cited relation that reached it', async () => {
        const { data } = await seeded.run(EntityNeighborhoodDocument, { id: 'location:kyiv', depth: 2 });
        const hood = data!.entity!.neighborhood;
        const distance = new Map([
          ['location:kyiv', 0],
          ...hood.map((n) => [n.entity.id, n.distance] as [string, number]),
        ]);
        for (const n of hood) {
          const ends = [n.via.subject.id, n.via.object.id];
          expect(ends).toContain(n.entity.id);
          const other = ends[0] === n.entity.id ? ends[1] : ends[0];
          expect(distance.get(other)).toBe(n.distance - 1);
        }
        expect(hood.find((n) => n.entity.id === 'location:russia')?.distance).toBe(2);
      });

      it.each([0, 5])('refuses depth %i as BAD_USER_INPUT', async (depth) => {
        const { errors } = await seeded.run(EntityNeighborsDocument, { id: 'location:kyiv', depth });
        expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
      });
    });

    describe('path', () => {
      it('connects Zelenskyy to Karasin with a shortest chain of cited relations', async () => {
        const { data, errors } = await seeded.run(PathDocument, { from: ZELENSKYY, to: KARASIN });
        expect(errors).toBeUndefined();
        const path = data!.path!;
        expect(path.steps[0]).toMatchObject({ entity: { id: ZELENSKYY }, via: null });
        expect(path.steps.at(-1)?.entity.id).toBe(KARASIN);
        expect(path.length).toBe(path.steps.length - 1);
        for (let i = 1; i < path.steps.length; i++) {
          const via = path.steps[i].via!;
          expect([via.subject.id, via.object.id].sort()).toEqual(
            [path.steps[i - 1].entity.id, path.steps[i].entity.id].sort(),
          );
          expect(via.evidence.length).toBeGreaterThan(0);
        }
        // Shortest: nothing connects them within one relation fewer.
        const shorter = await seeded.run(PathDocument, { from: ZELENSKYY, to: KARASIN, maxDepth: path.length - 1 });
        expect(shorter.data?.path).toBeNull();
      });

      it('from an entity to itself has length 0', async () => {
        const { data } = await seeded.run(PathDocument, { from: KARASIN, to: KARASIN });
        expect(data?.path).toEqual({
          length: 0,
          steps: [{ entity: expect.objectContaining({ id: KARASIN }), via: null }],
        });
      });

      it('gives k shortest loop-free paths, shortest first, all different', async () => {
        const { data, errors } = await seeded.run(PathsDocument, { from: ZELENSKYY, to: KARASIN, first: 4 });
        expect(errors).toBeUndefined();
        const paths = data!.paths;
        expect(paths).toHaveLength(4);
        const lengths = paths.map((p) => p.length);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
        const keys = paths.map((p) => p.steps.map((s) => s.via?.id ?? '').join(' '));
        expect(new Set(keys).size).toBe(4);
        for (const p of paths) {
          const ids = p.steps.map((s) => s.entity.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
      });

      it('refuses an unknown id and a depth out of range, naming the argument', async () => {
        const unknown = await seeded.run(PathDocument, { from: 'person:nobody', to: KARASIN });
        expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
        const deep = await seeded.run(PathDocument, { from: ZELENSKYY, to: KARASIN, maxDepth: 9 });
        expect(deep.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
      });
    });

    // Score values differ by engine (SQLite's bm25, PostgreSQL's ts_rank): these tests check
    // what both must hold, the order and the marks, never a score's value.
    describe('search', () => {
      const top = async (query: string) => {
        const { data, errors } = await seeded.run(SearchDocument, { query });
        expect(errors).toBeUndefined();
        return data!.search;
      };

      it.each(['Zelenskyy', 'Zelensky', 'Zelenskiy', 'zelénskyy'])('finds Zelenskyy first for "%s"', async (query) => {
        const results = await top(query);
        expect(results[0].entity.id).toBe(ZELENSKYY);
        expect(results[0].snippet).toContain('<mark>Zelenskyy</mark>');
      });

      it('forgives a missing letter: "Astrakan" finds Astrakhan', async () => {
        const results = await top('Astrakan');
        expect(results[0]).toMatchObject({
          entity: { id: 'location:astrakhan-region' },
          snippet: '<mark>Astrakhan</mark> region',
        });
      });

      it('ranks a spelled-right match above the same match through a typo', async () => {
        const [right] = await top('Astrakhan');
        const [typo] = await top('Astrakan');
        expect(right.entity.id).toBe(typo.entity.id);
        expect(right.score).toBeGreaterThan(typo.score);
      });

      it('does not guess at words shorter than five letters', async () => {
        expect(await top('Kyev')).toEqual([]);
      });

      it('finds negotiations and statements for "ceasefire", best first, with marked snippets', async () => {
        const results = await top('ceasefire');
        expect(results.length).toBeGreaterThan(1);
        expect(['NEGOTIATION', 'STATEMENT']).toContain(results[0].entity.type);
        expect(results.map((r) => r.entity.id)).toContain('negotiation:saudi-arabia-peace-talks');
        const scores = results.map((r) => r.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        for (const r of results) expect(r.snippet).toMatch(/<mark>ceasefire<\/mark>/i);
      });

      it('keeps to the asked types', async () => {
        const { data } = await seeded.run(SearchDocument, { query: 'ceasefire', types: ['STATEMENT'] });
        expect(data!.search.length).toBeGreaterThan(0);
        expect(new Set(data!.search.map((r) => r.entity.type))).toEqual(new Set(['STATEMENT']));
      });

      it.each([0, 51])('refuses first: %i', async (first) => {
        const { errors } = await seeded.run(SearchDocument, { query: 'kyiv', first });
        expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      });
    });

    describe('counts', () => {
      it('stats count what the seed holds', async () => {
        const graph = readSeed(join(SEED_DIR, 'kyiv-drone-strikes'));
        const { data } = await seeded.run(StatsDocument);
        const byType = Object.fromEntries(data!.stats.entities.map((c) => [c.type, c.count]));
        for (const type of Object.values(EntityType)) {
          expect(byType[type]).toBe(graph.entities.filter((e) => e.type === type).length);
        }
        const relations = data!.stats.relations.reduce((sum, c) => sum + c.count, 0);
        expect(relations).toBe(graph.relations.length);
        expect(data!.stats).toMatchObject({ sources: 1, figures: graph.figures.length });
      });

      it('summarizes each metric of an attack: values, range, reporters, agreement', async () => {
        const { data } = await seeded.run(AttackFiguresDocument, { first: 10 });
        const kyiv = data!.attacks.edges.find((e) => e.node.id === 'attack:kyiv-drone-strikes')!.node;
        const injured = kyiv.figureSummary.find((s) => s.metric === 'INJURED');
        expect(injured).toMatchObject({ values: [10], min: 10, max: 10, disagree: false });
        expect(injured?.reports[0].reportedBy?.id).toBe('organization:kyiv-military-administration');
      });
    });

    describe('filters and order', () => {
      it('filters attacks by weapon and target', async () => {
        const { data } = await seeded.run(AttacksListDocument, {
          filter: { weapon: 'DRONE', target: 'location:kyiv' },
        });
        expect(data!.attacks.edges.map((e) => e.node.id)).toEqual(['attack:kyiv-drone-strikes']);
        const none = await seeded.run(AttacksListDocument, { filter: { weapon: 'MISSILE' } });
        expect(none.data!.attacks.totalCount).toBe(0);
      });

      it('filters negotiations by status', async () => {
        const { data } = await seeded.run(NegotiationsListDocument, { filter: { status: 'FAILED' } });
        expect(data!.negotiations.edges.map((e) => e.node.id)).toEqual(['negotiation:complete-ceasefire-attempts']);
      });

      it('filters statements by speaker and kind', async () => {
        const { data } = await seeded.run(StatementsListDocument, { filter: { speaker: ZELENSKYY, kind: 'QUOTE' } });
        expect(data!.statements.edges.map((e) => e.node.id)).toEqual(['statement:zelenskyy-new-pressure-on-moscow']);
        const all = await seeded.run(StatementsListDocument, { filter: { speaker: ZELENSKYY } });
        expect(all.data!.statements.totalCount).toBeGreaterThan(1);
        for (const e of all.data!.statements.edges) expect(e.node.speaker.id).toBe(ZELENSKYY);
      });

      it('orders by name either way, and a cursor of one order is refused by the other', async () => {
        const asc = await seeded.run(StatementsListDocument, { first: 100 });
        const desc = await seeded.run(StatementsListDocument, { first: 100, orderBy: 'NAME_DESC' });
        const names = asc.data!.statements.edges.map((e) => e.node.name);
        expect(names).toEqual([...names].sort());
        expect(desc.data!.statements.edges.map((e) => e.node.name)).toEqual([...names].reverse());
        const cursor = asc.data!.statements.edges[0].cursor;
        const mixed = await seeded.run(StatementsListDocument, { after: cursor, orderBy: 'NAME_DESC' });
        expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      });
    });
  });

  describe('when reporters disagree', () => {
    it('keeps both figures, flags the disagreement, and leaves the convenience field null', async () => {
      const store = await seededStore(engine);
      const server = await testServer();
      try {
        const text = 'Officials later said four people were killed in the strikes.';
        const quote = 'four people were killed';
        const start = text.indexOf(quote);
        await store.saveSourceGraph({
          source: {
            id: 'source:later-report',
            title: 'Later report',
            publisher: 'Tests',
            url: null,
            publishedOn: null,
            text,
          },
          sentences: [{ sourceId: 'source:later-report', index: 0, start: 0, end: text.length, text }],
          entities: [],
          relations: [],
          positions: [],
          figures: [
            {
              id: 'figure:later',
              attackId: 'attack:kyiv-drone-strikes',
              metric: FigureMetric.KILLED,
              value: 4,
              qualifier: null,
              reportedById: 'organization:kyiv-military-administration',
            },
          ],
          evidence: [
            {
              ownerId: 'figure:later',
              sourceId: 'source:later-report',
              start,
              end: start + quote.length,
              quote,
              sentenceIndex: 0,
            },
          ],
        });
        const { data } = await execute(server, store, AttackFiguresDocument, { first: 10 });
        const kyiv = data!.attacks.edges.find((e) => e.node.id === 'attack:kyiv-drone-strikes')!.node;
        const killed = kyiv.figureSummary.find((s) => s.metric === 'KILLED');
        expect(killed).toMatchObject({ values: [3, 4], min: 3, max: 4, disagree: true });
        expect(killed?.reports.map((r) => r.reportedBy?.id ?? null).sort()).toEqual(
          [null, 'organization:kyiv-military-administration'].sort(),
        );
        const page = await execute(server, store, AttacksListDocument, { filter: { name: 'kyiv' } });
        expect(page.data!.attacks.edges[0].node.killed).toBeNull();
        expect(page.data!.attacks.edges[0].node.injured).toBe(10);
      } finally {
        await server.stop();
        await store.close();
      }
    });
  });
});
