import { describe, expect, it } from '@jest/globals';
import { SeedGraphFile } from '../../src/seed/seed-file';
import { validatingSeedJson } from '../../src/seed/validate-seed-json';
import { runInSlices, runNow } from '../../src/time-slices';
import { largeImport } from '../helpers/large-import';

/** One class-validator call on the whole object: what the checking in parts must give. */
const whole = (json: unknown) => runNow(validatingSeedJson(SeedGraphFile, json, ['graph'], Infinity));
const inParts = (json: unknown) => runNow(validatingSeedJson(SeedGraphFile, json, ['graph']));

/** A graph of 1,200 entities and 600 relations, to be broken in places. */
function graph(): any {
  return largeImport(600).graph;
}

describe('validatingSeedJson in parts', () => {
  const cases: [string, (g: any) => void][] = [
    ['a valid graph', () => {}],
    [
      'problems in the first item, across parts and in the last',
      (g) => {
        g.entities[0].id = 'Not An Id';
        g.entities[5].type = 'DRAGON';
        g.entities[250].mentions = [];
        g.entities[401].mentions[0].quote = '';
        g.entities[1199].kind = 'NONE';
        g.relations[300].predicate = 'LIKES';
        g.relations[599].evidence = [{ quote: 7 }];
      },
    ],
    [
      'a list whose first item is fine and a later one is not (its error made in its place)',
      (g) => {
        g.relations[450].subject = 'nobody';
        g.figures = Array.from({ length: 450 }, (_, i) => ({
          attack: 'attack:a',
          metric: 'KILLED',
          value: i,
          evidence: [{ quote: 'x' }],
        }));
        g.figures[420].value = -1;
      },
    ],
    [
      "a later item of one list wrong and the first of the next (the error made before the next list's)",
      (g) => {
        g.relations[450].subject = 'nobody';
        g.figures = [{ attack: 'attack:a', metric: 'KILLED', value: -1, evidence: [{ quote: 'x' }] }];
      },
    ],
    ['an item that is not an object', (g) => (g.entities[333] = 'entity')],
    ['a null item', (g) => (g.relations[222] = null)],
    ['a list that is not an array', (g) => (g.relations = { 0: g.relations[0] })],
    ['an empty list where one is required', (g) => (g.entities = [])],
    ['a missing list', (g) => delete g.positions],
    ['an unknown field (no problem: the classes allow them) beside a valid graph', (g) => (g.extra = [1, 2, 3])],
  ];

  it.each(cases)(
    'gives the problems, in order, and the value of one call on the whole object: %s',
    (_name, breakIt) => {
      const json = graph();
      breakIt(json);
      const expected = whole(json);
      const actual = inParts(json);
      expect(actual.problems).toEqual(expected.problems);
      if (!/valid graph|unknown field/.test(_name)) expect(actual.problems.length).toBeGreaterThan(0);
      expect(actual.value).toStrictEqual(expected.value);
    },
  );

  it('pauses between parts, and gives the same when run in slices', async () => {
    const json = graph();
    json.entities[700].name = '';
    const steps = validatingSeedJson(SeedGraphFile, json, ['graph']);
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(8);
    const sliced = await runInSlices(validatingSeedJson(SeedGraphFile, json, ['graph']), { sliceMs: 0 });
    expect(sliced.problems).toEqual(whole(json).problems);
    expect(sliced.problems.map((p) => p.field.join('.'))).toEqual(['graph.entities.700.name']);
  });
});
