import { describe, expect, it } from '@jest/globals';
import { Gazetteer, extractGraph, type DraftGraph } from '../../../src/extract';
import { allArticles } from './helpers/articles';
import { devSetTexts } from './helpers/dev-set';
import { seedGazetteer } from './helpers/seed-known';
import { occurrences, quotesOf, spanProblems } from './helpers/span-problems';

/**
 * Issue 17: every quote of a draft is an exact substring of the text, pinned with a `within`
 * found once when it occurs more than once, and inside one sentence as `splitSentences` cuts
 * the text, so that `importSource` takes the draft as it is.
 */
const empty = Gazetteer.of([]);

describe('the quotes of a draft are spans importSource can locate', () => {
  it.each(devSetTexts())('in the labeled article %s', (_id, text) => {
    expect(spanProblems(text, extractGraph({ text }, seedGazetteer()).graph)).toEqual([]);
  });

  it.each(allArticles())('in the test text %s, with and without a stored graph', (_name, text) => {
    expect(spanProblems(text, extractGraph({ text }, empty).graph)).toEqual([]);
    expect(spanProblems(text, extractGraph({ text }, seedGazetteer()).graph)).toEqual([]);
  });

  it('pins a name the text repeats with a within found once that holds it once', () => {
    const text =
      'Sumy came under attack again on Sunday. Sumy Governor Oleh Hryhorov said Russian drones hit two apartment blocks in Sumy. ' +
      'Hryhorov said rescuers were working at both sites.';
    const { graph } = extractGraph({ text }, empty);
    const repeated = quotesOf(graph).filter(([, q]) => occurrences(text, q.quote) > 1);
    // "Sumy" three times and "Hryhorov" twice: the draft cannot quote them without repeats.
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated.filter(([, q]) => q.within === undefined)).toEqual([]);
    expect(spanProblems(text, graph)).toEqual([]);
  });

  it('quotes nothing it cannot pin when the headline is repeated word for word as the start of the first sentence', () => {
    // The headline's words are found twice, whole: a quote of them needs a within reaching past its line, or must be left out.
    const text =
      'Russian drones hit Sumy hospital\n\nRussian drones hit Sumy hospital, killing two people, Governor Oleh Hryhorov said.';
    expect(spanProblems(text, extractGraph({ text }, empty).graph)).toEqual([]);
  });

  it('quotes nothing it cannot pin in a roundup whose section headings are names the sections repeat', () => {
    const text =
      'Overnight attacks across Ukraine\n\nKharkiv\nRussian drones struck Kharkiv before dawn, injuring four people, Mayor Ihor Terekhov said.\n\n' +
      'Sumy\nA Russian missile hit an office building in Sumy, the regional military administration said.';
    expect(spanProblems(text, extractGraph({ text }, empty).graph)).toEqual([]);
  });

  it('keeps every quote inside one sentence where a name is broken across lines', () => {
    // Text pasted from a page with hard line breaks: each line is a sentence to the importer.
    const text =
      'Chernihiv Mayor Oleksandr\nLomako said a Russian drone struck a school on Monday. Lomako said no one was hurt.';
    expect(spanProblems(text, extractGraph({ text }, empty).graph)).toEqual([]);
  });
});

describe('the span check itself', () => {
  const text = 'Russian drones hit Sumy. Officials in Sumy said two people were hurt.';
  const graphQuoting = (mentions: { quote: string; within?: string }[]): DraftGraph =>
    ({
      entities: [
        {
          id: 'location:sumy',
          type: 'LOCATION',
          name: 'Sumy',
          aliases: [],
          description: null,
          mentions,
          confidence: 1,
          rule: 'test',
        },
      ],
      positions: [],
      relations: [],
      figures: [],
    }) as DraftGraph;

  it('passes quotes found once, and repeated ones pinned by a within', () => {
    expect(
      spanProblems(text, graphQuoting([{ quote: 'Russian drones' }, { quote: 'Sumy', within: 'hit Sumy' }])),
    ).toEqual([]);
  });

  it.each([
    ['a quote not in the text', { quote: 'Kyiv' }, /not in the text/],
    ['a repeated quote without within', { quote: 'Sumy' }, /occurs 2 times and has no within/],
    ['a within found twice', { quote: 'Sumy', within: 'Sumy' }, /occurs 2 times in the text/],
    ['a within that does not hold the quote', { quote: 'Sumy', within: 'Russian drones' }, /holds "Sumy" 0 times/],
    ['a quote across two sentences', { quote: 'Sumy. Officials' }, /runs across a sentence boundary/],
  ])('finds %s', (_what, quote, problem) => {
    const problems = spanProblems(text, graphQuoting([quote]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });
});
