import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EntityType } from '../../src/domain/entity-type';
import { OrganizationKind } from '../../src/domain/organization-kind';
import { Predicate } from '../../src/domain/predicate';
import { StatementKind } from '../../src/domain/statement-kind';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import type { EntityRecord, RelationRecord, SourceGraph, StatementRecord } from '../../src/store/records';
import { SYSTEM_AUTHOR } from '../../src/store/write-records';
import { forEachEngine } from '../helpers/engines';

const org = (n: number): EntityRecord => ({
  id: `organization:degree-${n}`,
  type: EntityType.ORGANIZATION,
  name: `Degree Org ${n}`,
  aliases: [],
  description: null,
  kind: OrganizationKind.OTHER,
});
const partOf = (id: string, from: number, to: number): RelationRecord => ({
  id: `relation:${id}`,
  predicate: Predicate.PART_OF,
  subjectId: org(from).id,
  objectId: org(to).id,
  role: null,
});

function graph(name: string, entities: EntityRecord[], relations: RelationRecord[]): SourceGraph {
  const text = `Source ${name}.`;
  const sourceId = `source:degrees-${name}`;
  return {
    source: { id: sourceId, title: name, publisher: 'test', url: null, publishedOn: null, text },
    sentences: [{ sourceId, index: 0, start: 0, end: text.length, text }],
    entities,
    relations,
    positions: [],
    figures: [],
    evidence: [],
  };
}

const orgs = Array.from({ length: 8 }, (_, n) => org(n));
const ids = orgs.map((o) => o.id);

forEachEngine((engine) => {
  describe('entity degrees', () => {
    let store: KyselyGraphStore;
    /** The relations the store should hold, by id: the degrees are counted from these. */
    const stored = new Map<string, RelationRecord>();
    const expected = () => {
      const degrees = new Map<string, number>(ids.map((id) => [id, 0]));
      for (const r of stored.values())
        for (const end of [r.subjectId, r.objectId]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
      return degrees;
    };
    const storedIds = () => [...expected().keys()];

    beforeAll(async () => {
      store = await engine.open();
    });
    afterAll(async () => {
      await store.close();
    });

    it('count an import, a self-loop twice', async () => {
      const relations = [partOf('a', 0, 1), partOf('b', 0, 2), partOf('c', 1, 2), partOf('d', 3, 3), partOf('e', 0, 3)];
      await store.saveSourceGraph(graph('one', orgs, relations));
      for (const r of relations) stored.set(r.id, r);
      expect(await store.degrees(storedIds())).toEqual(expected());
      expect((await store.degrees([org(0).id, org(3).id])).get(org(3).id)).toBe(3);
    });

    it('count only the relations an import adds: ids stored already, or repeated in it, are skipped', async () => {
      // Relation a again, with other ends (skipped whole), and f twice (the first is stored).
      const relations = [partOf('a', 5, 6), partOf('f', 4, 5), partOf('f', 6, 7), partOf('g', 4, 0)];
      await store.saveSourceGraph(graph('two', [], relations));
      stored.set('relation:f', relations[1]);
      stored.set('relation:g', relations[3]);
      expect(await store.degrees(storedIds())).toEqual(expected());
      // The same source again writes nothing.
      await store.saveSourceGraph(graph('two', [], relations));
      expect(await store.degrees(storedIds())).toEqual(expected());
    });

    it('follow added and removed relations, once each', async () => {
      const added = partOf('h', 6, 7);
      await store.addRelation(added, [], SYSTEM_AUTHOR);
      await store.addRelation(added, [], SYSTEM_AUTHOR);
      stored.set(added.id, added);
      expect(await store.degrees(storedIds())).toEqual(expected());
      await store.removeRelation('relation:c', SYSTEM_AUTHOR);
      await store.removeRelation('relation:d', SYSTEM_AUTHOR);
      stored.delete('relation:c');
      stored.delete('relation:d');
      expect(await store.degrees(storedIds())).toEqual(expected());
    });

    it('follow a statement with its relations, and an entity deleted with its relations', async () => {
      const statement: StatementRecord = {
        id: 'statement:degrees',
        type: EntityType.STATEMENT,
        name: 'A statement',
        aliases: [],
        description: null,
        kind: StatementKind.REPORT,
        text: 'Said.',
      };
      const person: EntityRecord = {
        id: 'person:degrees',
        type: EntityType.PERSON,
        name: 'A Speaker',
        aliases: [],
        description: null,
        anonymous: false,
      };
      await store.createEntity(person, [], SYSTEM_AUTHOR);
      const relations: RelationRecord[] = [
        { id: 'relation:said', predicate: Predicate.SAID, subjectId: person.id, objectId: statement.id, role: null },
        {
          id: 'relation:about-0',
          predicate: Predicate.ABOUT,
          subjectId: statement.id,
          objectId: org(0).id,
          role: null,
        },
        {
          id: 'relation:about-7',
          predicate: Predicate.ABOUT,
          subjectId: statement.id,
          objectId: org(7).id,
          role: null,
        },
      ];
      await store.addStatement(statement, relations, [], SYSTEM_AUTHOR);
      for (const r of relations) stored.set(r.id, r);
      const all = [...storedIds(), person.id, statement.id];
      expect(await store.degrees(all)).toEqual(expected());
      expect((await store.degrees([statement.id])).get(statement.id)).toBe(3);

      const [zero] = await store.entitiesByIds([org(0).id]);
      await store.deleteEntity(org(0).id, zero.version, SYSTEM_AUTHOR);
      for (const [id, r] of stored) if (r.subjectId === org(0).id || r.objectId === org(0).id) stored.delete(id);
      expect(await store.degrees(all)).toEqual(expected());
      expect((await store.degrees([org(0).id])).get(org(0).id)).toBe(0);
    });

    it('are counted again after a bulk load, relations stored before it included', async () => {
      const relations = [partOf('i', 1, 2), partOf('j', 2, 7), partOf('h', 1, 1)];
      await store.loadSourceGraphs([graph('three', [], relations.slice(0, 1)), graph('four', [], relations.slice(1))]);
      stored.set('relation:i', relations[0]);
      stored.set('relation:j', relations[1]);
      expect(await store.degrees([...storedIds(), 'person:degrees', 'statement:degrees'])).toEqual(expected());
    });
  });
});
