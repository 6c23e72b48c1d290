import { describe, expect, it } from '@jest/globals';
import { EntityType } from '../../../src/domain/entity-type';
import { LocationKind } from '../../../src/domain/location-kind';
import { Gazetteer, extractGraph, type KnownEntity } from '../../../src/extract';
import { ARTICLES, allArticles } from './helpers/articles';
import { devSetTexts } from './helpers/dev-set';
import { idNamed, idsNamed, referencesOf } from './helpers/named';
import { seedKnown } from './helpers/seed-known';

/**
 * Issue 17, linking: a stored entity keeps its stored id and type and is listed in `linked`; a
 * spelling variant of a stored person links; a name that fits two stored people links to
 * neither, becomes a new entity and gives a warning; new entities get `<type>:<slug>` ids that
 * no stored entity has.
 */
const known = seedKnown();
const seed = Gazetteer.of(known);
const stored = new Map(known.map((k) => [k.id, k]));

describe('stored entities', () => {
  it('keep their stored ids and types, and are listed in linked', () => {
    const x = extractGraph({ text: ARTICLES.storedMayor }, seed);
    const klitschko = idNamed(x, known, EntityType.PERSON, /klitschko/);
    const kyiv = idNamed(x, known, EntityType.LOCATION, /^kyiv$/);
    expect([klitschko, kyiv]).toEqual(['person:vitali-klitschko', 'location:kyiv']);
    expect(x.linked).toEqual(expect.arrayContaining([klitschko, kyiv]));
    for (const e of x.graph.entities.filter((e) => stored.has(e.id))) expect(e.type).toBe(stored.get(e.id)!.type);
  });

  it.each([
    ['the full name', ARTICLES.variantFullName],
    ['the surname alone', ARTICLES.variantSurname],
  ])('link a spelling variant of a stored person: "Zelensky" by %s is "Volodymyr Zelenskyy"', (_how, text) => {
    const x = extractGraph({ text }, seed);
    expect(idsNamed(x, known, EntityType.PERSON, /zelensk/)).toEqual(['person:volodymyr-zelenskyy']);
    expect(x.linked).toContain('person:volodymyr-zelenskyy');
  });
});

describe('a name two stored people share', () => {
  const namesakes: KnownEntity[] = [
    { id: 'person:anna-kovalenko', type: EntityType.PERSON, name: 'Anna Kovalenko', aliases: [], anonymous: false },
    { id: 'person:petro-kovalenko', type: EntityType.PERSON, name: 'Petro Kovalenko', aliases: [], anonymous: false },
  ];
  const x = extractGraph({ text: ARTICLES.ambiguousSurname }, Gazetteer.of(namesakes));

  it('links to neither', () => {
    const used = new Set([...referencesOf(x), ...x.graph.entities.map((e) => e.id)]);
    expect(namesakes.filter((k) => used.has(k.id))).toEqual([]);
  });

  it('becomes a new person', () => {
    const ids = idsNamed(x, namesakes, EntityType.PERSON, /kovalenko/);
    expect(ids).toHaveLength(1);
    expect(namesakes.map((k) => k.id)).not.toContain(ids[0]);
  });

  it('gives a warning naming it', () => {
    expect(x.warnings.filter((w) => /kovalenko/i.test(w))).toHaveLength(1);
  });
});

describe('new entities', () => {
  it('get an id of their type and a slug, which no stored entity holds', () => {
    // A stored district holds the id the city of the same name would take first.
    const district: KnownEntity = {
      id: 'location:pokrovsk',
      type: EntityType.LOCATION,
      name: 'Pokrovsk district',
      aliases: [],
      kind: LocationKind.DISTRICT,
    };
    const x = extractGraph({ text: ARTICLES.takenSlug }, Gazetteer.of([district]));
    const city = idNamed(x, [], EntityType.LOCATION, /^pokrovsk$/);
    expect(city).toMatch(/^location:[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(city).not.toBe(district.id);
    expect(x.linked).not.toContain(district.id);
  });

  describe.each([...devSetTexts(), ...allArticles()])('in the draft of %s', (_name, text) => {
    const x = extractGraph({ text }, seed);

    it('every id is "<type>:<slug>", and unique', () => {
      const ids = x.graph.entities.map((e) => e.id);
      expect(
        x.graph.entities.filter((e) => !new RegExp(`^${e.type.toLowerCase()}:[a-z0-9]+(-[a-z0-9]+)*$`).test(e.id)),
      ).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('an entity with a stored id is that stored entity, of its type, and listed in linked', () => {
      const taken = x.graph.entities.filter((e) => stored.has(e.id));
      expect(taken.filter((e) => e.type !== stored.get(e.id)!.type || !x.linked.includes(e.id))).toEqual([]);
    });

    it('linked lists stored entities only, and every stored one the draft uses', () => {
      const used = [...referencesOf(x), ...x.graph.entities.map((e) => e.id)].filter((id) => stored.has(id));
      expect(x.linked.filter((id) => !stored.has(id))).toEqual([]);
      expect(used.filter((id) => !x.linked.includes(id))).toEqual([]);
    });

    it('points only at entities it lists or the graph stores', () => {
      const listed = new Set(x.graph.entities.map((e) => e.id));
      expect([...referencesOf(x)].filter((id) => !listed.has(id) && !stored.has(id))).toEqual([]);
    });
  });
});
