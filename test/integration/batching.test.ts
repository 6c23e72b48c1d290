import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApolloServer } from '@apollo/server';
import {
  AttacksOverviewDocument,
  EntityNeighborhoodDocument,
  PathsDocument,
  SearchDocument,
} from '../../graph/generated/graphql';
import type { Context } from '../../src/server/context';
import type { GraphStore } from '../../src/store/graph-store';
import { countingStore } from '../helpers/counting-store';
import { execute, testServer } from '../helpers/execute';
import { seededStore } from '../helpers/seeded-store';
import { syntheticAttacks } from '../helpers/synthetic-attacks';

/** The store calls one AttacksOverview query makes, and how many attacks it saw. */
async function callsFor(server: ApolloServer<Context>, store: GraphStore) {
  const { store: counted, calls } = countingStore(store);
  const { data, errors } = await execute(server, counted, AttacksOverviewDocument, { first: 100 });
  expect(errors).toBeUndefined();
  return { attacks: data!.attacks.edges.length, methods: calls.map((c) => c.method) };
}

describe('DataLoader batching', () => {
  let server: ApolloServer<Context>;
  const stores: GraphStore[] = [];
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(async () => {
    await server.stop();
    await Promise.all(stores.map((s) => s.close()));
  });

  it('makes the same store calls for 7 attacks as for 62: the count does not grow with attacks', async () => {
    const small = await seededStore();
    const large = await seededStore();
    stores.push(small, large);
    // Both hold every shape the query walks (a target with a region, a reported figure).
    await small.saveSourceGraph(syntheticAttacks(5));
    await large.saveSourceGraph(syntheticAttacks(60));

    const few = await callsFor(server, small);
    const many = await callsFor(server, large);
    expect(few.attacks).toBe(7);
    expect(many.attacks).toBe(62);
    expect(many.methods).toEqual(few.methods);
    // One list query, then one batched call per level: links, entities, figures, reporters.
    expect(many.methods.length).toBeLessThanOrEqual(8);
  });

  it('makes the same store calls for neighborhoods, paths and search whatever the graph size', async () => {
    const small = await seededStore();
    const large = await seededStore();
    stores.push(small, large);
    await large.saveSourceGraph(syntheticAttacks(300));

    const methodsOf = async (store: GraphStore) => {
      const { store: counted, calls } = countingStore(store);
      const results = await Promise.all([
        execute(server, counted, EntityNeighborhoodDocument, { id: 'location:kyiv', depth: 3 }),
        execute(server, counted, PathsDocument, { from: 'person:volodymyr-zelenskyy', to: 'person:grigory-karasin', first: 3 }),
        execute(server, counted, SearchDocument, { query: 'Astrakan drones' }),
      ]);
      for (const r of results) expect(r.errors).toBeUndefined();
      return calls.map((c) => c.method).sort();
    };
    const few = await methodsOf(small);
    expect(few).toEqual(expect.arrayContaining(['neighbors', 'paths', 'search']));
    expect(await methodsOf(large)).toEqual(few);
  });
});
