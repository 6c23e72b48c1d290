import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { type GraphQLSchema, getNamedType, isCompositeType, isObjectType } from 'graphql';
import { createFormatError } from '../../src/errors/format-error';
import { getSchema } from '../../src/schema';
import { type Context, createContext } from '../../src/server/context';
import type { GraphStore } from '../../src/store/graph-store';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { wrapStore } from '../../src/store/wrap-store';
import { seededStore } from '../helpers/seeded-store';

/** The real store, with the named methods failing as a broken disk would make them fail. */
function failing(store: GraphStore, methods: (keyof GraphStore)[]): GraphStore {
  return wrapStore(store, ({ method, proceed }) =>
    methods.includes(method) ? Promise.reject(new Error('SQLITE_IOERR: disk I/O error')) : proceed(),
  );
}

/** Every read that fetches what an entity links to; root lookups keep working. */
const LINKED_READS: (keyof GraphStore)[] = [
  'linkedRelations',
  'relationPages',
  'evidenceByOwners',
  'figuresByAttacks',
  'positionsByPeople',
  'neighbors',
  'sentencesBySources',
  'relationsByIds',
];

const TYPES = ['Person', 'Organization', 'Location', 'Attack', 'Negotiation', 'Statement'];
const LISTS: Record<string, string> = {
  Person: 'people',
  Organization: 'organizations',
  Location: 'locations',
  Attack: 'attacks',
  Negotiation: 'negotiations',
  Statement: 'statements',
};

/** Every field of an entity type that returns objects (lists, connections or one linked entity). */
function linkedFields(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return Object.values(type.getFields())
    .filter((field) => isCompositeType(getNamedType(field.type)))
    .map((field) => field.name);
}

describe('a store whose reads fail', () => {
  let real: KyselyGraphStore;
  let server: ApolloServer<Context>;
  let schema: GraphQLSchema;
  const run = async (store: GraphStore, query: string) => {
    const response = await server.executeOperation({ query }, { contextValue: createContext(store) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };
  beforeAll(async () => {
    real = await seededStore();
    schema = await getSchema();
    server = new ApolloServer<Context>({ schema, formatError: createFormatError({ production: true }) });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await real.close();
  });

  describe.each(TYPES)('under every linked field of %s', (typeName) => {
    it('answers INTERNAL_SERVER_ERROR on that field, never an empty list or a null', async () => {
      const list = LISTS[typeName];
      const first = await run(real, `{ ${list}(first: 1) { edges { node { id } } } }`);
      const id = (first.data as Record<string, { edges: { node: { id: string } }[] }>)[list].edges[0].node.id;
      const broken = failing(real, LINKED_READS);
      const fields = linkedFields(schema, typeName);
      expect(fields.length).toBeGreaterThan(3);
      for (const field of fields) {
        const result = await run(broken, `{ entity(id: "${id}") { ... on ${typeName} { ${field} { __typename } } } }`);
        const entity = (result.data as { entity: Record<string, unknown> | null }).entity;
        expect({ field, errors: result.errors?.map((e) => ({ path: e.path, code: e.extensions?.code })) }).toEqual({
          field,
          errors: [{ path: ['entity', field], code: 'INTERNAL_SERVER_ERROR' }],
        });
        // A non-null field's failure takes the entity with it; a nullable one is null, and says why.
        expect(entity === null || entity[field] === null).toBe(true);
      }
    });
  });

  it.each([
    ['typed lists', '{ people(first: 5) { edges { node { id } } } }', ['listEntities']],
    ['search', '{ search(query: "Kyiv") { entity { id } } }', ['search']],
    ['sources', '{ sources { id } }', ['listSources']],
    ['node lookups', '{ nodes(ids: ["location:kyiv"]) { id } }', ['entitiesByIds', 'relationsByIds', 'sourcesByIds']],
    ['paths', '{ path(from: "location:kyiv", to: "location:russia") { length } }', ['paths']],
    ['stats', '{ stats { sources } }', ['stats']],
  ] as const)('answers INTERNAL_SERVER_ERROR for %s, with no data in its place', async (_name, query, methods) => {
    const result = await run(failing(real, [...methods]), query);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    // Null all the way up, or null in the nullable field itself: never an empty answer.
    expect(Object.values(result.data ?? {})).toEqual(result.data ? [null] : []);
  });
});
