import { describe, expect, it } from '@jest/globals';
import { Gazetteer, extractGraph, type DraftGraph } from '../../../src/extract';
import { SeedGraphFile } from '../../../src/seed/seed-file';
import { validateSeedJson } from '../../../src/seed/validate-seed-json';
import { allArticles } from './helpers/articles';
import { devSetTexts } from './helpers/dev-set';
import { seedGazetteer } from './helpers/seed-known';

/**
 * Issue 17: each draft item carries a `confidence` in 0..1 and the `rule` that made it, and the
 * draft is in the seed format: `SeedGraphFile`'s checks find nothing wrong with it.
 */
function items(graph: DraftGraph): [string, { confidence: unknown; rule: unknown }][] {
  return [
    ...graph.entities.map((e): [string, typeof e] => [e.id, e]),
    ...graph.positions.map((p, i): [string, typeof p] => [`positions[${i}]`, p]),
    ...graph.relations.map((r, i): [string, typeof r] => [`relations[${i}]`, r]),
    ...graph.figures.map((f, i): [string, typeof f] => [`figures[${i}]`, f]),
  ];
}

const unnoted = (graph: DraftGraph) =>
  items(graph)
    .filter(([, item]) => {
      const { confidence, rule } = item;
      return !(
        typeof confidence === 'number' &&
        confidence >= 0 &&
        confidence <= 1 &&
        typeof rule === 'string' &&
        rule.trim() !== ''
      );
    })
    .map(([where, { confidence, rule }]) => ({ where, confidence, rule }));

describe.each([
  ['with the Kyiv seed as the stored graph', seedGazetteer()],
  ['with no stored graph', Gazetteer.of([])],
])('drafts %s', (_graph, gazetteer) => {
  describe.each([...devSetTexts(), ...allArticles()])('of %s', (_name, text) => {
    const { graph } = extractGraph({ text }, gazetteer);

    it('note a confidence in 0..1 and a rule on every item', () => {
      expect(items(graph).length).toBeGreaterThan(0);
      expect(unnoted(graph)).toEqual([]);
    });

    it('pass the checks of SeedGraphFile', () => {
      expect(validateSeedJson(SeedGraphFile, JSON.parse(JSON.stringify(graph))).problems).toEqual([]);
    });
  });
});

describe('the checks themselves', () => {
  it('find an item with no rule and one whose confidence is out of range', () => {
    const text = allArticles()[0][1];
    const { graph } = extractGraph({ text }, Gazetteer.of([]));
    const broken = JSON.parse(JSON.stringify(graph)) as DraftGraph;
    broken.entities[0].rule = '';
    broken.entities[1].confidence = 1.5;
    expect(unnoted(broken).map((u) => u.where)).toEqual([broken.entities[0].id, broken.entities[1].id]);
    expect(validateSeedJson(SeedGraphFile, broken).problems).not.toEqual([]);
  });
});
