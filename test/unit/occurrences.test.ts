import { describe, expect, it } from '@jest/globals';
import { random } from '../../bench/synthetic-graph';
import { findingOccurrences } from '../../src/text/occurrences';
import { runInSlices, runNow } from '../../src/time-slices';

/** Every occurrence by `indexOf`, overlapping ones too: the definition the index must meet. */
function byIndexOf(text: string, needle: string) {
  let count = 0;
  const first = text.indexOf(needle);
  for (let at = first; at >= 0; at = text.indexOf(needle, at + 1)) count++;
  return { count, first };
}

describe('findingOccurrences', () => {
  it('counts overlapping occurrences and the first place as indexOf finds them', () => {
    const text = 'aaaa abab bab 𝐀𝐀 é';
    const needles = [
      'a',
      'aa',
      'aaa',
      'aaaaa',
      'ab',
      'bab',
      'abab',
      'b',
      ' ',
      '𝐀',
      '\udc00',
      'é',
      'x',
      'aaaa abab bab 𝐀𝐀 é',
    ];
    const found = runNow(findingOccurrences(text, needles));
    for (const needle of needles) expect([needle, found.of(needle)]).toEqual([needle, byIndexOf(text, needle)]);
    expect(found.includes('bab')).toBe(true);
    expect(found.includes('x')).toBe(false);
    expect(() => found.of('not given')).toThrow(/not counted/);
  });

  it('answers the empty needle as indexOf does', () => {
    const found = runNow(findingOccurrences('abc', ['']));
    expect(found.of('')).toEqual({ count: 4, first: 0 });
  });

  it('matches indexOf on 300 random texts over a small alphabet, with needles taken from them and made up', () => {
    const mismatches: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const alphabet = 'ab c'.slice(0, 2 + (seed % 3));
      const text = Array.from(
        { length: 1 + Math.floor(next() * 400) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      const needles = Array.from({ length: 40 }, () => {
        const length = 1 + Math.floor(next() * 12);
        if (next() < 0.7) {
          const at = Math.floor(next() * text.length);
          return text.slice(at, at + length);
        }
        return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      }).filter((n) => n.length > 0);
      const found = runNow(findingOccurrences(text, needles));
      for (const needle of needles) {
        if (JSON.stringify(found.of(needle)) !== JSON.stringify(byIndexOf(text, needle)))
          mismatches.push(`${seed}: "${needle}"`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('gives the same answers run in slices as at once', async () => {
    const text = 'Agent K000001 joined Guild G000001 this week. '.repeat(5_000);
    const needles = ['Agent K000001', 'joined Guild', 'week. Agent', 'G000001 this', 'nowhere'];
    const sliced = await runInSlices(findingOccurrences(text, needles), { sliceMs: 0 });
    const now = runNow(findingOccurrences(text, needles));
    for (const needle of needles) expect(sliced.of(needle)).toEqual(now.of(needle));
    expect(now.of('joined Guild')).toEqual({ count: 5_000, first: 14 });
  });

  it('stays linear where reporting every match would not: "a" to "a" x 2,000 in 200,000 a', () => {
    const text = 'a'.repeat(200_000);
    const needles = Array.from({ length: 2_000 }, (_, i) => 'a'.repeat(i + 1));
    const started = performance.now();
    const found = runNow(findingOccurrences(text, needles));
    // Every match reported would be about 400,000,000; the counting pass is a few milliseconds.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(found.of('a'.repeat(2_000))).toEqual({ count: 198_001, first: 0 });
  });
});
