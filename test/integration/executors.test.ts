import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import * as jit_ from 'graphql-jit';
import { Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { createFormatError } from '../../src/errors/format-error';
import { getSchema } from '../../src/schema';
import { type Context, createContext } from '../../src/server/context';
import { createApp } from '../../src/server/create-app';
import type { ExecutorName } from '../../src/config';
import { jitGateway } from '../../src/server/jit-gateway';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { forEachEngine } from '../helpers/engines';
import { seededStore } from '../helpers/seeded-store';

// Counted, to see the service switch from graphql-js to jit after a document's first runs.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

const OPERATIONS_DIR = join(__dirname, '..', '..', 'graph', 'operations');

/** Every file of graph/operations in one document: operations and the fragments they share. */
const source = readdirSync(OPERATIONS_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(join(OPERATIONS_DIR, file), 'utf8'))
  .join('\n');
const operationNames = parse(source)
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((d) => d.name!.value);

const ENTITIES = [
  'person:volodymyr-zelenskyy',
  'organization:kyiv-military-administration',
  'location:kyiv',
  'attack:kyiv-drone-strikes',
  'negotiation:saudi-arabia-peace-talks',
  'statement:zelenskyy-new-pressure-on-moscow',
];
const ZELENSKYY = ENTITIES[0];
const KARASIN = 'person:grigory-karasin';

/**
 * Variables each operation runs with: every entity type on the entity page (each abstract
 * type's branches), pages past a cursor, filters, and arguments out of range, so errors are
 * compared too. An operation missing here fails the test: a new operation must be added.
 */
const CASES: Record<string, Record<string, unknown>[]> = {
  AttacksOverview: [{}, { first: 1 }],
  EntityPage: [...ENTITIES.map((id) => ({ id })), { id: 'person:nobody' }],
  EntityRelations: [
    ...ENTITIES.map((id) => ({ id, first: 3 })),
    { id: 'location:kyiv', direction: 'INCOMING', predicates: ['TARGETED', 'PART_OF'] },
    { id: 'location:kyiv', first: 0 },
    { id: 'location:kyiv', after: 'not-a-cursor' },
  ],
  EntityNeighbors: [
    { id: 'location:kyiv', depth: 2 },
    { id: ZELENSKYY, depth: 3, types: ['PERSON', 'LOCATION'] },
    { id: 'location:kyiv', depth: 9 },
  ],
  EntityNeighborhood: [{ id: 'location:kyiv', depth: 2 }, { id: ZELENSKYY }],
  PeopleList: [
    { first: 5 },
    { first: 'x' },
    { first: 3, orderBy: 'NAME_DESC' },
    { filter: { name: 'zel' } },
    { first: 101 },
    { filter: { name: '' } },
  ],
  OrganizationsList: [{}, { first: 2, filter: { name: 'kyiv' } }],
  LocationsList: [{}, { first: 2 }],
  AttacksList: [{}, { filter: { weapon: 'DRONE' } }],
  NegotiationsList: [{}],
  StatementsList: [{}, { first: 4 }],
  Path: [
    { from: ZELENSKYY, to: KARASIN },
    { from: KARASIN, to: KARASIN },
    { from: 'person:nobody', to: KARASIN },
    { from: ZELENSKYY, to: KARASIN, maxDepth: 9 },
  ],
  Paths: [{ from: ZELENSKYY, to: KARASIN, first: 4 }],
  Search: [
    { query: 'kyiv' },
    { query: 'klitschko' },
    { query: 'drones', types: ['ATTACK', 'STATEMENT'], first: 3 },
    { query: 'kyiv', first: 51 },
  ],
  Sources: [{}],
  Nodes: [{ ids: [...ENTITIES, 'person:nobody'] }],
  Stats: [{}],
  AttackFigures: [{}, { first: 1 }],
  SourcePage: [{}, { first: 2 }],
  EntityCard: ENTITIES.map((id) => ({ id })),
  EntityVersion: ENTITIES.map((id) => ({ id })),
  // Writes and history asked without a key: both executors must refuse alike (nothing is written).
  ImportSource: [{ input: {} }],
  CreateEntity: [{ input: { type: 'PERSON', name: 'Nobody', mentions: [] } }],
  UpdateEntity: [{ input: { id: 'location:kyiv', expectedVersion: 1, description: 'x' } }],
  DeleteEntity: [{ input: { id: 'location:kyiv', expectedVersion: 1 } }],
  AddRelation: [{ input: {} }],
  RemoveRelation: [{ input: { id: 'relation:nothing' } }],
  AddFigure: [{ input: {} }],
  AddStatement: [{ input: {} }],
  Changes: [{}, { first: 2 }],
  ExtractGraph: [{ input: { text: 'Kyiv.' } }],
  LinkedEntities: [{ ids: [...ENTITIES, 'person:nobody'] }],
};
/** And the variables graph/operations/variables.json gives each operation (the playground's examples). */
const EXAMPLES = JSON.parse(readFileSync(join(OPERATIONS_DIR, 'variables.json'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;
for (const [name, variables] of Object.entries(EXAMPLES)) CASES[name]?.push(variables);

async function server(executor: ExecutorName): Promise<ApolloServer<Context>> {
  const schema = await getSchema();
  const apollo = new ApolloServer<Context>({
    ...(executor === 'jit' ? { gateway: jitGateway(schema, { compileAfter: 0 }) } : { schema }),
    formatError: createFormatError({ production: false }),
  });
  await apollo.start();
  return apollo;
}

/** The response as bytes: the result (data, errors with messages, locations, paths, codes) and its HTTP status. */
async function run(
  apollo: ApolloServer<Context>,
  store: KyselyGraphStore,
  operationName: string,
  variables: Record<string, unknown>,
) {
  const response = await apollo.executeOperation(
    { query: source, operationName, variables },
    { contextValue: createContext(store) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { errors, ...rest } = response.body.singleResult;
  // Stack traces name the executor's own frames; everything else must match.
  const withoutStacks = errors?.map(({ extensions, ...error }) => {
    const { stacktrace: _stacktrace, ...others } = extensions ?? {};
    return { ...error, extensions: others };
  });
  return JSON.stringify({ status: response.http.status ?? 200, ...rest, errors: withoutStacks });
}

it('has variables for every operation in graph/operations', () => {
  expect(operationNames.filter((name) => !CASES[name])).toEqual([]);
});

forEachEngine((engine) => {
  describe('graphql-jit and graphql-js answer every operation alike', () => {
    let store: KyselyGraphStore;
    let jit: ApolloServer<Context>;
    let reference: ApolloServer<Context>;
    beforeAll(async () => {
      store = await seededStore(engine);
      [jit, reference] = await Promise.all([server('jit'), server('graphql-js')]);
    });
    afterAll(async () => {
      await Promise.all([jit.stop(), reference.stop(), store.close()]);
    });

    const cases = operationNames.flatMap((name) =>
      (CASES[name] ?? []).map((variables) => [name, JSON.stringify(variables), variables] as const),
    );
    it.each(cases)('%s %s', async (name, _label, variables) => {
      const expected = await run(reference, store, name, variables);
      expect(await run(jit, store, name, variables)).toBe(expected);
      // A case that answers nothing compares nothing.
      expect(expected).toMatch(/"data":\{|"errors":\[\{/);
    });

    it('serves the same bytes over HTTP with EXECUTOR=jit and EXECUTOR=graphql-js, before and after jit compiles', async () => {
      const payload = { query: source, operationName: 'EntityPage', variables: { id: 'attack:kyiv-drone-strikes' } };
      const compiles = jest.mocked(jit_.compileQuery);
      compiles.mockClear();
      const bodies: Record<string, string[]> = { jit: [], 'graphql-js': [] };
      try {
        for (const executor of ['jit', 'graphql-js'] as const) {
          // The response cache off: every run must reach the executor.
          const app = await createApp(
            { logLevel: 'silent', production: true, executor, responseCache: { enabled: false, maxBytes: 0 } },
            store,
          );
          try {
            // The service compiles a document on its third run: two on graphql-js, then jit.
            for (let run = 0; run < 4; run++) {
              const response = await app.fastify.inject({ method: 'POST', url: '/graphql', payload });
              expect(response.statusCode).toBe(200);
              bodies[executor].push(response.body);
            }
          } finally {
            await app.fastify.close();
          }
        }
        expect(compiles).toHaveBeenCalledTimes(1);
      } finally {
        compiles.mockClear();
      }
      expect(bodies.jit[0]).toContain('"figures":[{');
      expect(new Set([...bodies.jit, ...bodies['graphql-js']]).size).toBe(1);
    });

    it('answers a document that selects through both abstract types the same way', async () => {
      const query = print(
        parse(
          '{ node(id: "location:kyiv") { __typename ... on Entity { type name } } nodes(ids: ["person:volodymyr-zelenskyy"]) { __typename id } }',
        ),
      );
      const answer = async (apollo: ApolloServer<Context>) =>
        JSON.stringify(await apollo.executeOperation({ query }, { contextValue: createContext(store) }));
      expect(await answer(jit)).toBe(await answer(reference));
    });
  });
});
