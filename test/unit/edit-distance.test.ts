import { describe, expect, it } from '@jest/globals';
import { editDistance } from '../../src/text/edit-distance';

describe('editDistance', () => {
  it.each([
    ['zelenskiy', 'zelenskyy', 1],
    ['astrakan', 'astrakhan', 1],
    ['klitchko', 'klitschko', 1],
    ['kyiv', 'kyiv', 0],
    ['moscow', 'mosow', 1],
    ['kitten', 'sitting', 3],
  ])('%s -> %s is %i (capped at 3)', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it('stops at max + 1 once the distance must exceed max', () => {
    expect(editDistance('ceasefire', 'kyiv', 2)).toBe(3);
    expect(editDistance('ceasefire', 'ceasefires', 2)).toBe(1);
  });
});
