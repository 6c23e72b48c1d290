import { describe, expect, it } from '@jest/globals';
import { lineColumn, rangeAt, readJson } from '../../web/src/explorer/json-locate';

const text = `{
  "entities": [
    { "id": "person:a", "mentions": [{ "quote": "A \\"said\\"" }] },
    { "id": "person:b", "aliases": [] }
  ],
  "relations": [{ "subject": "person:c", "value": -1.5e3, "ok": true, "none": null }]
}`;

function read(source: string) {
  const result = readJson(source);
  if (!result.ok) throw new Error(result.problem.message);
  return result;
}

describe('readJson: the span of every value, for marking a path where it is', () => {
  it('reads the same value as JSON.parse', () => {
    expect(read(text).value).toEqual(JSON.parse(text));
  });

  it('maps a path of keys and indexes to the member it names, key included', () => {
    const { root } = read(text);
    const quote = rangeAt(root, ['entities', '0', 'mentions', '0', 'quote']);
    expect(text.slice(quote.start, quote.end)).toBe('"quote": "A \\"said\\""');
    const subject = rangeAt(root, ['relations', '0', 'subject']);
    expect(text.slice(subject.start, subject.end)).toBe('"subject": "person:c"');
    const item = rangeAt(root, ['entities', '1']);
    expect(text.slice(item.start, item.end)).toBe('{ "id": "person:b", "aliases": [] }');
  });

  it('falls back to the deepest part that exists when the path names a missing field', () => {
    const { root } = read(text);
    const entity = rangeAt(root, ['entities', '1', 'name']);
    expect(text.slice(entity.start, entity.end)).toBe('{ "id": "person:b", "aliases": [] }');
  });

  it('says where JSON that does not parse goes wrong, as line and column', () => {
    const broken = '{\n  "entities": []\n  "relations": []\n}';
    const result = readJson(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ line: 3, column: 3 });
    expect(result.problem.message).toContain('“,” or “}”');
    expect(readJson('[1, 2').ok).toBe(false);
    expect(readJson('{"a": 01}').ok).toBe(false);
    expect(readJson('"line\nbreak"').ok).toBe(false);
    expect(readJson('{} x').ok).toBe(false);
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
