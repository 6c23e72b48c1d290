import { describe, expect, it } from '@jest/globals';
import { EntityType } from '../../../src/domain/entity-type';
import { Gazetteer, extractGraph, type Extraction } from '../../../src/extract';
import { SeedGraphFile } from '../../../src/seed/seed-file';
import { validateSeedJson } from '../../../src/seed/validate-seed-json';
import { jumbledText } from './helpers/jumbled-text';
import { longArticle } from './helpers/long-article';
import { seedGazetteer } from './helpers/seed-known';
import { quotesOf, spanProblems } from './helpers/span-problems';

/**
 * Texts an editor may paste that are not a tidy article: none of them throws, and each gives a
 * draft whose quotes hold (issue 17: every draft quote an exact span, always).
 */
const NAMED = new Set<string>([EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION]);
/** Half of a surrogate pair with no other half: a quote cut through an emoji. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function draftHolds(text: string, x: Extraction): void {
  expect(Array.isArray(x.linked) && Array.isArray(x.warnings)).toBe(true);
  expect(spanProblems(text, x.graph)).toEqual([]);
  expect(
    quotesOf(x.graph).filter(([, q]) => LONE_SURROGATE.test(q.quote) || LONE_SURROGATE.test(q.within ?? '')),
  ).toEqual([]);
  if (x.graph.entities.length > 0)
    expect(validateSeedJson(SeedGraphFile, JSON.parse(JSON.stringify(x.graph))).problems).toEqual([]);
}

describe.each([
  ['the Kyiv seed', seedGazetteer()],
  ['no stored graph', Gazetteer.of([])],
])('with %s as the stored graph', (_graph, gazetteer) => {
  it('an empty text gives an empty draft', () => {
    for (const text of ['', ' ', '\n\n\t\n']) {
      const x = extractGraph({ text }, gazetteer);
      expect(x.graph).toEqual({ entities: [], positions: [], relations: [], figures: [] });
      expect(x.linked).toEqual([]);
    }
  });

  it('a text with no names gives no people, bodies or places', () => {
    const text =
      'it was a quiet night. nothing was heard after midnight, and the morning passed without alerts.\nlater, rain fell.';
    const x = extractGraph({ text }, gazetteer);
    draftHolds(text, x);
    expect(x.graph.entities.filter((e) => NAMED.has(e.type))).toEqual([]);
  });

  it.each(['""', '“”', '" "', '"""""', '“ ” " “', "''", '"\n"', '“\n”', '” “', '"'])(
    'a text of quotation marks only (%j) gives no statement',
    (text) => {
      const x = extractGraph({ text }, gazetteer);
      draftHolds(text, x);
      expect(x.graph.entities.filter((e) => e.type === EntityType.STATEMENT)).toEqual([]);
    },
  );

  it.each([
    ['accents', 'Mykolaïv Mayor Oleksándr Sienkévych said Russian drones struck the port, injuring three people.'],
    ['combining marks', 'Zapori\u0301zhzhia governor Ivan Fe\u0301dorov said two people were killed.'],
    [
      'curly apostrophes',
      'Ukraine’s air force said Russia’s drones hit Poltava’s outskirts; Poltava’s governor said one man was injured.',
    ],
    [
      'emoji',
      '🚨 Russian drones 🛩️ hit Chernihiv overnight 💥, killing two 😢, Mayor Oleksandr Lomako said 🇺🇦. “Stay in shelters 🙏,” he wrote.',
    ],
    ['other scripts', 'Мер Києва said the strike was “жахливий”; Russian missiles hit Київ and 基辅, officials said.'],
    ['a name at the very end', 'The strike was condemned by Kyiv'],
    ['a name at the very start', 'Klitschko'],
  ])('a text with %s gives a draft whose spans hold', (_what, text) => {
    draftHolds(text, extractGraph({ text }, gazetteer));
  });

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'a jumble of news words, marks and breaks (seed %i) gives a draft whose spans hold',
    (seed) => {
      const text = jumbledText(seed, 120);
      draftHolds(text, extractGraph({ text }, gazetteer));
    },
  );

  it('a text of 50,000 characters gives a draft whose spans hold', () => {
    const text = longArticle(50_000);
    expect(text.length).toBeGreaterThanOrEqual(50_000);
    const x = extractGraph({ text }, gazetteer);
    draftHolds(text, x);
    // Not an empty answer to a long text: the people and the counts of every night are found.
    expect(x.graph.entities.some((e) => e.type === EntityType.PERSON)).toBe(true);
    expect(x.graph.figures.length).toBeGreaterThan(0);
  });
});
