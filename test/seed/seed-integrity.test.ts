import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApolloServer } from '@apollo/server';
import { EntityType } from '../../src/domain/entity-type';
import { readSeed, seedFolders } from '../../src/seed/load-seed';
import { type Context, createContext } from '../../src/server/context';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { testServer } from '../helpers/execute';
import { SEED_DIR, seededStore } from '../helpers/seeded-store';
import { forEachEngine } from '../helpers/engines';

interface Evidence {
  quote: string;
  start: number;
  end: number;
  source: { id: string; text: string };
  sentence: { start: number; end: number; text: string };
}

const EVIDENCE = 'quote start end source { id text } sentence { start end text }';
/** Each typed list, and the evidence its type adds to the common fields. */
const LISTS: Record<EntityType, [field: string, extra: string]> = {
  PERSON: ['people', `positions { title evidence { ${EVIDENCE} } }`],
  ORGANIZATION: ['organizations', ''],
  LOCATION: ['locations', ''],
  ATTACK: ['attacks', `figures { metric evidence { ${EVIDENCE} } }`],
  NEGOTIATION: ['negotiations', ''],
  STATEMENT: ['statements', `evidence { ${EVIDENCE} }`],
};

/** Every entity of every type, with every piece of evidence the contract exposes. */
const EVERYTHING = `{
  ${Object.values(LISTS)
    .map(
      ([field, extra]) => `${field}(first: 100) { totalCount edges { node {
        id type mentions { ${EVIDENCE} }
        relations(first: 100) { totalCount edges { node { id subject { id } object { id } evidence { ${EVIDENCE} } } } }
        ${extra}
      } } }`,
    )
    .join('\n')}
}`;

forEachEngine((engine) => {
  describe('seed integrity, read back through GraphQL', () => {
    let store: KyselyGraphStore;
    let server: ApolloServer<Context>;
    // Nodes of six shapes, read field by field below.
    let data: Record<string, { totalCount: number; edges: { node: any }[] }>;
    const run = async (query: string, variables?: Record<string, unknown>) => {
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(store) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toBeUndefined();
      return response.body.singleResult.data as typeof data;
    };

    beforeAll(async () => {
      store = await seededStore(engine);
      server = await testServer();
      data = await run(EVERYTHING);
    });
    afterAll(async () => {
      await server.stop();
      await store.close();
    });

    const entities = () => Object.values(data).flatMap((c) => c.edges.map((e) => e.node));

    it('serves every entity of every seed', () => {
      const seeded = seedFolders(SEED_DIR).flatMap((f) => readSeed(f).entities.map((e) => e.id));
      expect(entities().map((e) => e.id).sort()).toEqual([...new Set(seeded)].sort());
      for (const connection of Object.values(data)) expect(connection.edges).toHaveLength(connection.totalCount);
    });

    it('mentions every entity at least once', () => {
      const unmentioned = entities().filter((e) => e.mentions.length === 0).map((e) => e.id);
      expect(unmentioned).toEqual([]);
    });

    it('cites every fact with a quote that is exactly its span of the source, inside its sentence', () => {
      const all: { owner: string; evidence: Evidence }[] = [];
      for (const e of entities()) {
        all.push(...e.mentions.map((ev: Evidence) => ({ owner: e.id, evidence: ev })));
        expect(e.relations.edges).toHaveLength(e.relations.totalCount);
        for (const { node: r } of e.relations.edges) {
          expect(r.evidence.length).toBeGreaterThan(0);
          all.push(...r.evidence.map((ev: Evidence) => ({ owner: r.id, evidence: ev })));
        }
        for (const p of e.positions ?? []) all.push(...p.evidence.map((ev: Evidence) => ({ owner: `${e.id} ${p.title}`, evidence: ev })));
        for (const f of e.figures ?? []) {
          expect(f.evidence.length).toBeGreaterThan(0);
          all.push(...f.evidence.map((ev: Evidence) => ({ owner: `${e.id} ${f.metric}`, evidence: ev })));
        }
      }
      expect(all.length).toBeGreaterThan(100);
      const broken = all.filter(({ evidence: ev }) => {
        const inSentence = ev.sentence.start <= ev.start && ev.end <= ev.sentence.end;
        return ev.source.text.slice(ev.start, ev.end) !== ev.quote || !inSentence || ev.source.text.slice(ev.sentence.start, ev.sentence.end) !== ev.sentence.text;
      });
      expect(broken).toEqual([]);
    });

    it('resolves every id it hands out, of entities and relations alike, through node', async () => {
      const ids = new Set<string>();
      for (const e of entities()) {
        ids.add(e.id);
        for (const { node: r } of e.relations.edges) ids.add(r.id);
      }
      const result = (await run('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [...ids] })) as unknown as {
        nodes: ({ id: string } | null)[];
      };
      expect(result.nodes.map((n) => n?.id ?? null)).toEqual([...ids]);
    });

    it('states no date the article does not give', () => {
      const attacks = data.attacks.edges.map((e) => e.node.id);
      expect(attacks.length).toBeGreaterThan(0);
      for (const graph of seedFolders(SEED_DIR).map(readSeed)) {
        for (const e of graph.entities.filter((x) => x.type === EntityType.ATTACK)) expect(e.occurredOn).toBeNull();
      }
    });
  });
});
