import { describe, expect, it } from '@jest/globals';
import {
  AttacksListDocument,
  EntityPageDocument,
  EntityRelationsDocument,
  NegotiationsListDocument,
  NodesDocument,
  PeopleListDocument,
  SearchDocument,
  SourcesDocument,
  StatementsListDocument,
} from '../../graph/generated/graphql';
import { useSeededServer } from '../helpers/seeded-server';
import { forEachEngine } from '../helpers/engines';

forEachEngine((engine) => {
  describe('the GraphQL contract on the seeded article', () => {
    const seeded = useSeededServer(engine);

    it('serves an attack with its perpetrator, targets and attributed, cited figures', async () => {
      const { data, errors } = await seeded.run(EntityPageDocument, { id: 'attack:kyiv-drone-strikes' });
      expect(errors).toBeUndefined();
      const attack = data?.entity;
      if (attack?.__typename !== 'Attack') throw new Error(`expected an Attack, got ${attack?.__typename}`);
      expect(attack).toMatchObject({
        weapon: 'DRONE',
        occurredOn: null,
        timeOfDay: 'overnight',
        killed: 3,
        injured: 10,
        launched: 147,
        intercepted: 97,
        perpetrator: { id: 'location:russia' },
        targets: [{ id: 'location:kyiv' }],
        respondents: [{ id: 'organization:emergency-services' }],
      });
      const injured = attack.figures.find((f) => f.metric === 'INJURED');
      expect(injured?.reportedBy?.id).toBe('organization:kyiv-military-administration');
      expect(injured?.evidence.map((e) => e.quote)).toContain('ten other citizens also sustained injuries');
      const killed = attack.figures.find((f) => f.metric === 'KILLED');
      expect(killed).toMatchObject({ value: 3, reportedBy: null });
      expect(killed?.qualifier).toContain('at least');
    });

    it('keeps both sides: the Russian Ministry of Defence reports 59 Ukrainian drones destroyed', async () => {
      const { data } = await seeded.run(EntityPageDocument, { id: 'attack:ukrainian-drones-over-russian-regions' });
      const attack = data?.entity;
      if (attack?.__typename !== 'Attack') throw new Error('expected an Attack');
      expect(attack.figures).toEqual([
        expect.objectContaining({
          metric: 'INTERCEPTED',
          value: 59,
          reportedBy: expect.objectContaining({ id: 'organization:russian-ministry-of-defence' }),
        }),
      ]);
      expect(attack.areas.map((a) => a.id).sort()).toEqual(['location:astrakhan-region', 'location:rostov-region']);
      expect(attack.perpetrator?.id).toBe('location:ukraine');
    });

    it('serves a person with cited positions, and an anonymous official as anonymous', async () => {
      const { data } = await seeded.run(EntityPageDocument, { id: 'person:vitali-klitschko' });
      const person = data?.entity;
      if (person?.__typename !== 'Person') throw new Error('expected a Person');
      expect(person.positions).toEqual([
        expect.objectContaining({ title: 'Mayor', of: expect.objectContaining({ id: 'location:kyiv' }) }),
      ]);
      expect(person.positions[0].evidence[0]).toMatchObject({
        quote: 'Kyiv Mayor Vitali Klitschko',
        sentence: { text: expect.stringContaining('confirmed emergency services were dispatched') },
      });
      const official = (await seeded.run(EntityPageDocument, { id: 'person:senior-ukrainian-official' })).data?.entity;
      expect(official).toMatchObject({ anonymous: true });
    });

    it('serves negotiations with venue, mediators and parties', async () => {
      const { data } = await seeded.run(NegotiationsListDocument, { filter: { name: 'saudi' } });
      const talks = data?.negotiations.edges.map((e) => e.node);
      expect(talks).toHaveLength(1);
      expect(talks?.[0]).toMatchObject({ status: 'SCHEDULED', venue: { id: 'location:saudi-arabia' } });
      expect(talks?.[0].mediators.map((m) => m.id)).toEqual(
        expect.arrayContaining(['location:united-states', 'organization:us-officials']),
      );
      expect(talks?.[0].parties.map((p) => p.id)).toEqual(
        expect.arrayContaining([
          'organization:russian-delegation',
          'organization:ukrainian-delegation',
          'person:rustem-umerov',
        ]),
      );
    });

    it('serves every quote verbatim with its speaker', async () => {
      const { data } = await seeded.run(StatementsListDocument, { first: 100 });
      const quotes = data?.statements.edges.map((e) => e.node).filter((s) => s.kind === 'QUOTE');
      expect(quotes?.map((q) => [q.speaker.id, q.text]).sort()).toEqual([
        ['person:grigory-karasin', 'combative and constructive'],
        [
          'person:volodymyr-zelenskyy',
          'New decisions and new pressure on Moscow are needed to bring an end to these strikes and this war.',
        ],
      ]);
    });

    it('pages a list with opaque cursors until hasNextPage is false', async () => {
      const seen: string[] = [];
      let after: string | null | undefined;
      let pages = 0;
      do {
        const { data, errors } = await seeded.run(PeopleListDocument, { first: 3, after });
        expect(errors).toBeUndefined();
        const connection = data!.people;
        seen.push(...connection.edges.map((e) => e.node.id));
        expect(connection.pageInfo.hasPreviousPage).toBe(pages > 0);
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
        pages++;
      } while (after);
      const all = await seeded.run(PeopleListDocument, { first: 100 });
      expect(seen).toEqual(all.data?.people.edges.map((e) => e.node.id));
      expect(pages).toBe(Math.ceil(seen.length / 3));
      expect(all.data?.people.totalCount).toBe(seen.length);
    });

    it('pages an entity relations with cursors of their own', async () => {
      const first = await seeded.run(EntityRelationsDocument, { id: 'location:kyiv', first: 2 });
      const relations = first.data?.entity?.relations;
      expect(relations?.edges).toHaveLength(2);
      expect(relations?.pageInfo.hasNextPage).toBe(true);
      const next = await seeded.run(EntityRelationsDocument, {
        id: 'location:kyiv',
        first: 2,
        after: relations?.pageInfo.endCursor,
      });
      const ids = [...relations!.edges, ...next.data!.entity!.relations.edges].map((e) => e.node.id);
      expect(new Set(ids).size).toBe(4);
      for (const edge of relations!.edges)
        expect([edge.node.subject.id, edge.node.object.id]).toContain('location:kyiv');
    });

    it('filters attacks by a name substring', async () => {
      const { data } = await seeded.run(AttacksListDocument, { filter: { name: 'KYIV' } });
      expect(data?.attacks.edges.map((e) => e.node.id)).toEqual(['attack:kyiv-drone-strikes']);
    });

    it('searches names and aliases, best first, marking the match', async () => {
      const { data } = await seeded.run(SearchDocument, { query: 'klitschko' });
      expect(data?.search[0]).toMatchObject({
        entity: { id: 'person:vitali-klitschko' },
        snippet: 'Vitali <mark>Klitschko</mark>',
      });
      const scores = data!.search.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const typed = await seeded.run(SearchDocument, { query: 'zelenskyy', types: ['PERSON'] });
      expect(typed.data?.search.map((r) => r.entity.id)).toEqual(['person:volodymyr-zelenskyy']);
    });

    it('resolves any id through nodes, null for ids that do not exist', async () => {
      const ids = ['source:aljazeera-kyiv-drone-strikes', 'location:kyiv', 'person:nobody', 'nonsense'];
      const { data, errors } = await seeded.run(NodesDocument, { ids });
      expect(errors).toBeUndefined();
      expect(data?.nodes).toEqual([
        { id: 'source:aljazeera-kyiv-drone-strikes', __typename: 'Source' },
        { id: 'location:kyiv', __typename: 'Location' },
        null,
        null,
      ]);
    });

    it('serves the source text with sentences whose spans slice it', async () => {
      const { data } = await seeded.run(SourcesDocument);
      const [source] = data!.sources;
      expect(source).toMatchObject({ publisher: 'Al Jazeera', publishedOn: null });
      for (const s of source.sentences) expect(source.text.slice(s.start, s.end)).toBe(s.text);
    });

    describe('bad input', () => {
      it.each([
        ['first: 0', { first: 0 }, 'first'],
        ['first: 101', { first: 101 }, 'first'],
        ['a cursor that is not ours', { after: 'not-a-cursor' }, 'after'],
        ['a cursor of another list', { after: Buffer.from('["relations","x"]').toString('base64url') }, 'after'],
      ])('%s is BAD_USER_INPUT naming the argument', async (_what, variables, field) => {
        const { data, errors } = await seeded.run(PeopleListDocument, variables);
        expect(data).toBeNull();
        expect(errors).toHaveLength(1);
        expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(errors?.[0].message).toContain(`"${field}"`);
      });

      it('answers a malformed query with a parse error and goes on serving', async () => {
        const bad = await seeded.server.executeOperation({ query: '{ people { totalCount ' });
        expect(bad.body.kind === 'single' && bad.body.singleResult.errors?.[0].extensions?.code).toBe(
          'GRAPHQL_PARSE_FAILED',
        );
        const good = await seeded.run(PeopleListDocument, { first: 1 });
        expect(good.errors).toBeUndefined();
      });

      it('answers an unknown id with null, not an error', async () => {
        const { data, errors } = await seeded.run(EntityPageDocument, { id: 'person:nobody' });
        expect(errors).toBeUndefined();
        expect(data?.entity).toBeNull();
      });
    });
  });
});
