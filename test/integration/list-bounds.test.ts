import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { EntityType } from '../../src/domain/entity-type';
import { FigureMetric } from '../../src/domain/figure-metric';
import { OrganizationKind } from '../../src/domain/organization-kind';
import { Predicate } from '../../src/domain/predicate';
import { Weapon } from '../../src/domain/weapon';
import type { Context } from '../../src/server/context';
import type { EvidenceInput, SourceGraph } from '../../src/store/records';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { forEachEngine } from '../helpers/engines';
import { execute, testServer } from '../helpers/execute';
import { seededStore } from '../helpers/seeded-store';

const SOURCE = 'source:hub';
const GUILD = 'organization:guild';
const ATTACK = 'attack:hub';
const common = { aliases: [], description: null };

/**
 * A source with more of everything than the lists may hold: 600 sentences "Member i joined the
 * Guild.", the guild named in each and joined by 150 members, member 0 with 30 titles and 30
 * quotes for joining, and an attack with 60 reported figures.
 */
function hubGraph(): SourceGraph {
  const sentences = Array.from({ length: 600 }, (_, i) => `Member ${i} joined the Guild.`);
  const graph: SourceGraph = {
    source: { id: SOURCE, title: 'A hub', publisher: 'Tests', url: null, publishedOn: null, text: sentences.join(' ') },
    sentences: [],
    entities: [
      { ...common, id: GUILD, type: EntityType.ORGANIZATION, name: 'Guild', kind: OrganizationKind.OTHER },
      {
        ...common,
        id: ATTACK,
        type: EntityType.ATTACK,
        name: 'Hub attack',
        weapon: Weapon.OTHER,
        occurredOn: null,
        timeOfDay: null,
        damage: [],
      },
    ],
    relations: [],
    positions: [],
    figures: [],
    evidence: [],
  };
  let offset = 0;
  sentences.forEach((sentence, i) => {
    graph.sentences.push({ sourceId: SOURCE, index: i, start: offset, end: offset + sentence.length, text: sentence });
    const cite = (ownerId: string, words: string): EvidenceInput => {
      const start = offset + sentence.indexOf(words);
      return { ownerId, sourceId: SOURCE, start, end: start + words.length, quote: words, sentenceIndex: i };
    };
    graph.evidence.push(cite(GUILD, 'Guild'));
    if (i < 150) {
      const member = `person:member-${i}`;
      graph.entities.push({ ...common, id: member, type: EntityType.PERSON, name: `Member ${i}`, anonymous: false });
      graph.relations.push({
        id: `relation:member-${i}`,
        predicate: Predicate.MEMBER_OF,
        subjectId: member,
        objectId: GUILD,
        role: null,
      });
      graph.evidence.push(cite(member, `Member ${i}`), cite(`relation:member-${i}`, `Member ${i} joined the Guild`));
    }
    if (i > 0 && i <= 30) {
      graph.positions.push({
        id: `position:member-0-${i}`,
        personId: 'person:member-0',
        title: `Title ${i}`,
        ofId: null,
      });
      graph.evidence.push(cite(`position:member-0-${i}`, 'joined'), cite('relation:member-0', 'joined the Guild'));
    }
    if (i < 60) {
      graph.figures.push({
        id: `figure:hub-${i}`,
        attackId: ATTACK,
        metric: FigureMetric.KILLED,
        value: i,
        qualifier: null,
        reportedById: null,
      });
      graph.evidence.push(cite(`figure:hub-${i}`, 'Guild'));
    }
    offset += sentence.length + 1;
  });
  return graph;
}

const QUERY = parse(`{
  sources(first: 100) { id sentences { index } }
  guild: entity(id: "${GUILD}") { mentions { start } ... on Organization { members { id } } }
  member: entity(id: "person:member-0") {
    ... on Person { positions { title } }
    relations(predicates: [MEMBER_OF], first: 1) { edges { node { evidence { quote } } } }
  }
  attack: entity(id: "${ATTACK}") { ... on Attack { figures { value } figureSummary { reports { value } } } }
}`);

interface Answer {
  sources: { id: string; sentences: unknown[] }[];
  guild: { mentions: unknown[]; members: unknown[] };
  member: { positions: unknown[]; relations: { edges: { node: { evidence: unknown[] } }[] } };
  attack: { figures: { value: number }[]; figureSummary: { reports: unknown[] }[] };
}

forEachEngine((engine) => {
  describe('bounded lists hold no more than their bound', () => {
    let server: ApolloServer<Context>;
    let store: KyselyGraphStore;
    beforeAll(async () => {
      server = await testServer();
      store = await seededStore(engine);
      await store.saveSourceGraph(hubGraph());
    }, 20_000);
    afterAll(async () => {
      await server.stop();
      await store.close();
    });

    it('cuts each list at its bound, first ones first, where the store holds more', async () => {
      const { data, errors } = await execute(server, store, QUERY);
      expect(errors).toBeUndefined();
      const answer = data as Answer;
      const hub = answer.sources.find((s) => s.id === SOURCE)!;
      expect(hub.sentences).toHaveLength(500);
      expect(hub.sentences[499]).toEqual({ index: 499 });
      expect(answer.guild.mentions).toHaveLength(50);
      expect(answer.guild.members).toHaveLength(100);
      expect(answer.member.positions).toHaveLength(20);
      expect(answer.member.relations.edges[0].node.evidence).toHaveLength(20);
      expect(answer.attack.figures).toHaveLength(50);
      expect(new Set(answer.attack.figures.map((f) => f.value)).size).toBe(50);
      // The summary is made of the figures the attack lists: no more reports than those.
      expect(answer.attack.figureSummary[0].reports).toHaveLength(50);
    });

    it('pages the sources by id: first, then after the last id of the page', async () => {
      const page = async (variables: Record<string, unknown>) =>
        execute(
          server,
          store,
          parse('query ($first: Int!, $after: ID) { sources(first: $first, after: $after) { id } }'),
          variables,
        );
      const all = (await page({ first: 100 })).data as { sources: { id: string }[] };
      expect(all.sources.map((s) => s.id)).toEqual(['source:aljazeera-kyiv-drone-strikes', SOURCE]);
      expect((await page({ first: 1 })).data).toEqual({ sources: [{ id: 'source:aljazeera-kyiv-drone-strikes' }] });
      expect((await page({ first: 1, after: 'source:aljazeera-kyiv-drone-strikes' })).data).toEqual({
        sources: [{ id: SOURCE }],
      });
      expect((await page({ first: 1, after: SOURCE })).data).toEqual({ sources: [] });
      const unknown = await page({ first: 1, after: 'source:nothing' });
      expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
