import { describe, expect, it } from '@jest/globals';
import { random } from '../../bench/synthetic-graph';
import { forwardIsCheaper, frontier } from '../../src/store/path-finder';

describe('the side a path search widens', () => {
  it('is the one the full costs choose (forward on a tie), counted only as far as that needs', async () => {
    const next = random(5);
    for (let round = 0; round < 200; round++) {
      const costs = new Map<string, number>();
      const side = (name: string) =>
        Array.from({ length: 1 + Math.floor(next() * (round % 3 === 0 ? 3 : 400)) }, (_, i) => {
          const id = `${name}-${i}`;
          costs.set(id, 32 + (next() < 0.05 ? Math.floor(next() * 5000) : 0));
          return id;
        });
      const [f, b] = [side('f'), side('b')];
      const total = (ids: string[]) => ids.reduce((sum, id) => sum + costs.get(id)!, 0);
      const counted: string[] = [];
      const cost = async (ids: string[]) => {
        counted.push(...ids);
        return total(ids);
      };
      expect(await forwardIsCheaper(frontier(f), frontier(b), cost)).toBe(total(f) <= total(b));
      // Nothing counted twice, and the cheaper side counted in full.
      expect(new Set(counted).size).toBe(counted.length);
      const seen = new Set(counted);
      expect((total(f) <= total(b) ? f : b).filter((id) => !seen.has(id))).toEqual([]);
    }
  });

  it('leaves most of a frontier past a hub uncounted when the other side is cheap', async () => {
    const hubLayer = Array.from({ length: 5000 }, (_, i) => `h-${i}`);
    let looked = 0;
    const cost = async (ids: string[]) => {
      looked += ids.length;
      return ids.length * 32;
    };
    expect(await forwardIsCheaper(frontier(hubLayer), frontier(['a', 'b']), cost)).toBe(false);
    expect(looked).toBeLessThan(100);
  });
});
