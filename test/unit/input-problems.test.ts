import { describe, expect, it } from '@jest/globals';
import { type OperationDefinitionNode, buildSchema, parse } from 'graphql';
import { MAX_INPUT_DEPTH, findInputProblem } from '../../src/server/plugins/input-problems';

const schema = buildSchema(`
  scalar JSON
  enum Kind { A B }
  input Filter { name: String, kinds: [Kind!], nested: Filter }
  type Query { find(text: String, ids: [ID!], filter: Filter, data: JSON, kind: Kind): Int }
`);

function problem(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  return findInputProblem(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
}

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('findInputProblem', () => {
  it('passes text, surrogate pairs included, and values within the depth limit', () => {
    expect(
      problem('{ find(text: "Kyiv 🙂", ids: ["a"], filter: { name: "x", kinds: [A] }, data: { a: [1, "b"] }) }'),
    ).toBeUndefined();
    expect(problem('query ($d: JSON) { find(data: $d) }', { d: nested(MAX_INPUT_DEPTH - 1) })).toBeUndefined();
  });

  it('names the first NUL or lone surrogate, in literals, defaults and variables, down to JSON keys', () => {
    expect(problem('{ find(text: "a\\u0000b") }')).toEqual({
      field: 'text',
      reason: 'holds a NUL character (U+0000) at offset 1, which text here cannot hold',
    });
    expect(problem('{ find(filter: { nested: { name: "\\u0000" } }) }')?.field).toBe('filter.nested.name');
    expect(problem('query ($t: String = "\\u0000") { find(text: $t) }')?.field).toBe('$t');
    expect(problem('query ($ids: [ID!]) { find(ids: $ids) }', { ids: ['a', 'b\ud800'] })).toEqual({
      field: '$ids[1]',
      reason: 'is not well-formed Unicode: a lone surrogate (U+D800) at offset 1',
    });
    expect(problem('query ($ids: [ID!]) { find(ids: $ids) }', { ids: '\udc00' })?.field).toBe('$ids');
    expect(problem('query ($d: JSON) { find(data: $d) }', { d: { a: [{ b: 'x\u0000' }] } })?.field).toBe('$d.a[0].b');
    expect(problem('query ($d: JSON) { find(data: $d) }', { d: { 'k\u0000': 1 } })).toEqual({
      field: '$d',
      reason: 'has a key that holds a NUL character (U+0000) at offset 1, which text here cannot hold',
    });
  });

  it('leaves what coercion refuses with its own words: enum values, unknown fields, undeclared variables', () => {
    expect(problem('query ($k: Kind) { find(kind: $k) }', { k: 'A\u0000' })).toBeUndefined();
    expect(problem('query ($f: Filter) { find(filter: $f) }', { f: { other: '\u0000' } })).toBeUndefined();
    expect(problem('{ find }', { unused: '\u0000' })).toBeUndefined();
  });

  it('refuses a value nested past the limit at the argument, however deep, without recursing', () => {
    for (const depth of [MAX_INPUT_DEPTH + 1, 100_000]) {
      expect(problem('query ($d: JSON) { find(data: $d) }', { d: { graph: nested(depth) } })).toEqual({
        field: '$d',
        reason: `is nested more than ${MAX_INPUT_DEPTH} levels deep`,
      });
    }
    const deepLiteral = `{ find(data: ${'['.repeat(MAX_INPUT_DEPTH + 1)}1${']'.repeat(MAX_INPUT_DEPTH + 1)}) }`;
    expect(problem(deepLiteral)?.field).toBe('data');
  });
});
