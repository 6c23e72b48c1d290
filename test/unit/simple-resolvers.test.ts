import { expect, it } from '@jest/globals';
import type { GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { getSchema } from '../../src/schema';

// A plain field with type-graphql's resolver wrapper costs a call per value; without one,
// graphql-jit reads the property inline. Field resolvers keep their resolver either way.
it('every object type reads its plain fields without a resolver (simpleResolvers)', async () => {
  const schema = await getSchema();
  const wrapped = getMetadataStorage()
    .objectTypes.filter((type) => type.simpleResolvers !== true)
    .map((type) => type.name);
  expect(wrapped).toEqual([]);
  const evidence = (schema.getType('Evidence') as GraphQLObjectType).getFields();
  expect(evidence.quote.resolve).toBeUndefined();
  expect(evidence.source.resolve).toBeDefined();
});
