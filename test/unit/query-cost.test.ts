import { beforeAll, describe, expect, it } from '@jest/globals';
import { type GraphQLSchema, parse } from 'graphql';
import { getSchema } from '../../src/schema';
import { queryCost } from '../../src/server/limits/query-cost';

describe('queryCost: fields that may resolve, each list multiplied by its first', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await getSchema();
  });
  const cost = (query: string, variables?: Record<string, unknown>) => queryCost(schema, parse(query), undefined, variables, 100_000);

  it('counts each field once where no list is involved', () => {
    // entity + name + id
    expect(cost('{ entity(id: "location:kyiv") { id name } }')).toBe(3);
  });

  it('multiplies a connection by its first, and nested ones by each other', () => {
    // people(10) × (edges + node + id)
    expect(cost('{ people(first: 10) { edges { node { id } } } }')).toBe(10 * (1 + 1 + 1 + 1));
    const nested = cost('{ people(first: 10) { edges { node { relations(first: 5) { totalCount } } } } }');
    expect(nested).toBe(10 * (1 + 1 + 1 + 5 * (1 + 1)));
  });

  it('reads first from variables and defaults', () => {
    expect(cost('query ($n: Int!) { people(first: $n) { totalCount } }', { n: 7 })).toBe(7 * 2);
    expect(cost('{ people { totalCount } }')).toBe(20 * 2);
  });

  it('counts nodes(ids) by its ids and a neighborhood by its cap', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3 * 2);
    expect(cost('{ entity(id: "x") { neighbors { id } } }')).toBe(1 + 500 * 2);
  });

  it('counts fragments as the fields they spread', () => {
    const withFragment = cost('{ people(first: 2) { ...P } } fragment P on PersonConnection { edges { node { id name } } }');
    expect(withFragment).toBe(cost('{ people(first: 2) { edges { node { id name } } } }'));
  });
});
