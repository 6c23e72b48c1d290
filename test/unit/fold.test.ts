import { describe, expect, it } from '@jest/globals';
import { fold } from '../../src/text/fold';

describe('fold', () => {
  it.each([
    ['Volodymyr Zelenskyy', 'volodymyr zelenskyy'],
    ['KYIV 2025', 'kyiv 2025'],
    ['Kyïv', 'kyiv'],
    ['Zelenskyy’s “talks”', 'zelenskyy\'s "talks"'],
    ['Şahin\tÇelik', 'sahin\tcelik'],
    ['', ''],
  ])('%j -> %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});
