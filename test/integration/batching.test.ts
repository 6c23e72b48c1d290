import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import {
  AttacksOverviewDocument,
  EntityNeighborhoodDocument,
  PathsDocument,
  SearchDocument,
} from '../../graph/generated/graphql';
import type { Context } from '../../src/server/context';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { forEachEngine } from '../helpers/engines';
import { execute, testServer } from '../helpers/execute';
import { seededStore } from '../helpers/seeded-store';
import { sqlCounter } from '../helpers/sql-counter';
import { syntheticAttacks } from '../helpers/synthetic-attacks';

type LocationsPage = {
  locations: {
    edges: { node: { id: string; relations: { totalCount: number; edges: { node: { id: string } }[] } } }[];
  };
};
const LOCATIONS_WITH_RELATIONS = parse(`
  query LocationsWithRelations($first: Int!) {
    locations(first: $first) { edges { node { id relations(first: 2) { totalCount edges { node { id } } } } } }
  }`) as TypedDocumentNode<LocationsPage, { first: number }>;

/**
 * Batching counted where it costs: SQL statements, not store calls (one store call may run a
 * statement per key). Each test runs the same query on a small and a large list or graph and
 * expects the same statements.
 */
forEachEngine((engine) => {
  describe('DataLoader batching, in SQL statements', () => {
    let server: ApolloServer<Context>;
    const counter = sqlCounter();
    let small: KyselyGraphStore;
    let large: KyselyGraphStore;
    beforeAll(async () => {
      server = await testServer();
      small = await seededStore(engine, counter.options);
      large = await seededStore(engine, counter.options);
      // Both hold every shape the queries walk (a target with a region, a reported figure).
      await small.saveSourceGraph(syntheticAttacks(5));
      await large.saveSourceGraph(syntheticAttacks(300));
      // Two databases made, migrated and loaded: on PostgreSQL, with the suite running beside it, over jest's 5 s.
    }, 20_000);
    afterAll(async () => {
      await server.stop();
      await small.close();
      await large.close();
    });

    const statementsOf = async <TData, TVars extends Record<string, unknown>>(
      store: KyselyGraphStore,
      document: TypedDocumentNode<TData, TVars>,
      variables: TVars,
    ) => {
      let data: TData | null | undefined;
      const statements = await counter.during(async () => {
        const result = await execute(server, store, document, variables);
        expect(result.errors).toBeUndefined();
        data = result.data;
      });
      return { data: data!, statements };
    };

    it('runs as many statements for 7 attacks as for 100', async () => {
      const few = await statementsOf(small, AttacksOverviewDocument, { first: 100 });
      const many = await statementsOf(large, AttacksOverviewDocument, { first: 100 });
      expect(few.data.attacks.edges).toHaveLength(7);
      expect(many.data.attacks.edges).toHaveLength(100);
      expect(many.statements.length).toBe(few.statements.length);
      // The page and its count, then one statement per level: links, entities, figures, reporters.
      expect(many.statements.length).toBeLessThanOrEqual(9);
    });

    it('pages the relations of 2 locations and of 100 in the same statements', async () => {
      const two = await statementsOf(large, LOCATIONS_WITH_RELATIONS, { first: 2 });
      const hundred = await statementsOf(large, LOCATIONS_WITH_RELATIONS, { first: 100 });
      expect(two.data.locations.edges).toHaveLength(2);
      expect(hundred.data.locations.edges).toHaveLength(100);
      expect(hundred.statements.length).toBe(two.statements.length);
      // The list, its count, and every location's relation page in one.
      expect(hundred.statements.length).toBe(3);
      for (const { node } of hundred.data.locations.edges) {
        expect(node.relations.edges.length).toBe(Math.min(2, node.relations.totalCount));
      }
    });

    it('runs the same statements for neighborhoods, paths and search whatever the graph size', async () => {
      const run = async (store: KyselyGraphStore) => {
        const statements = await counter.during(async () => {
          for (const [document, variables] of [
            [EntityNeighborhoodDocument, { id: 'location:kyiv', depth: 3 }],
            [PathsDocument, { from: 'person:volodymyr-zelenskyy', to: 'person:grigory-karasin', first: 3 }],
            [SearchDocument, { query: 'Astrakan drones' }],
          ] as const) {
            const result = await execute(
              server,
              store,
              document as TypedDocumentNode<unknown, Record<string, unknown>>,
              variables,
            );
            expect(result.errors).toBeUndefined();
          }
        });
        return statements.length;
      };
      expect(await run(large)).toBe(await run(small));
    });
  });
});
