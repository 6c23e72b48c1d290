import { describe, expect, it } from '@jest/globals';
import { EntityType } from '../../../src/domain/entity-type';
import { LocationKind } from '../../../src/domain/location-kind';
import { Gazetteer, extractGraph } from '../../../src/extract';
import { ARTICLES } from './helpers/articles';
import { idNamed, idsNamed } from './helpers/named';

/**
 * Issue 17, entities: people with their titles before and after the name, a later surname that
 * is the same person, bodies by their heads, demonyms naming their country, and places with
 * their kinds. No stored graph: everything here is found in the text alone.
 */
const empty = Gazetteer.of([]);
const draftOf = (text: string) => extractGraph({ text }, empty);
const entity = (x: ReturnType<typeof draftOf>, id: string) => x.graph.entities.find((e) => e.id === id)!;

describe('people', () => {
  it('finds a person with a title before the name, the title a position of the place it names', () => {
    const x = draftOf(ARTICLES.mayorBeforeName);
    const terekhov = idNamed(x, [], EntityType.PERSON, /^ihor terekhov$/);
    const kharkiv = idNamed(x, [], EntityType.LOCATION, /^kharkiv$/);
    expect(x.graph.positions).toContainEqual(
      expect.objectContaining({ person: terekhov, title: expect.stringMatching(/mayor/i), of: kharkiv }),
    );
  });

  it('finds a person with a title after the name, in apposition', () => {
    const x = draftOf(ARTICLES.governorAfterName);
    const governor = idNamed(x, [], EntityType.PERSON, /^oleh syniehubov$/);
    const region = idNamed(x, [], EntityType.LOCATION, /^kharkiv (region|oblast)$/);
    expect(x.graph.positions).toContainEqual(
      expect.objectContaining({ person: governor, title: expect.stringMatching(/governor/i), of: region }),
    );
  });

  it.each([
    ['Terekhov', ARTICLES.mayorBeforeName, /^ihor terekhov$/],
    ['Syniehubov', ARTICLES.governorAfterName, /^oleh syniehubov$/],
  ])('takes the later "%s" alone for the person named in full before', (surname, text, fullName) => {
    const x = draftOf(text);
    // One person by that surname, whose mentions include the surname alone.
    expect(idsNamed(x, [], EntityType.PERSON, new RegExp(surname.toLowerCase()))).toEqual([
      idNamed(x, [], EntityType.PERSON, fullName),
    ]);
    const person = entity(x, idNamed(x, [], EntityType.PERSON, fullName));
    expect(person.mentions.map((m) => m.quote)).toContain(surname);
  });
});

describe('organizations by their heads', () => {
  it.each([
    ['"Ministry of ..."', ARTICLES.ministry, /ministry of energy|energy ministry/],
    ['"... air force"', ARTICLES.airForce, /air force/],
    ['"military administration"', ARTICLES.militaryAdministration, /poltava.*military administration/],
    ['"the Kremlin"', ARTICLES.kremlin, /kremlin/],
  ])('finds the body named by %s', (_head, text, name) => {
    const x = draftOf(text);
    expect(idsNamed(x, [], EntityType.ORGANIZATION, name)).toHaveLength(1);
  });
});

describe('demonyms', () => {
  it.each([
    ['Russian drones', ARTICLES.demonymRussian, /^russia$/],
    ['Polish fighter jets', ARTICLES.demonymPolish, /^poland$/],
  ])('"%s" names the country, of kind COUNTRY', (_words, text, country) => {
    const x = draftOf(text);
    expect(entity(x, idNamed(x, [], EntityType.LOCATION, country)).kind).toBe(LocationKind.COUNTRY);
    // The adjective is a name of the country, not a place of its own.
    expect(x.graph.entities.filter((e) => /^(russian|polish)$/i.test(e.name))).toEqual([]);
  });
});

describe('places and their kinds', () => {
  it.each([
    ['a city', ARTICLES.places, /^lviv$/, LocationKind.CITY],
    ['a region', ARTICLES.places, /^volyn (region|oblast)$/, LocationKind.REGION],
    ['a country', ARTICLES.places, /^poland$/, LocationKind.COUNTRY],
    ['an oblast, as a REGION', ARTICLES.oblast, /^zhytomyr (region|oblast)$/, LocationKind.REGION],
  ])('finds %s', (_what, text, name, kind) => {
    const x = draftOf(text);
    expect(entity(x, idNamed(x, [], EntityType.LOCATION, name)).kind).toBe(kind);
  });
});
