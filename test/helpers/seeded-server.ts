import { afterAll, beforeAll } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/server/context';
import type { KyselyGraphStore } from '../../src/store/kysely-graph-store';
import { execute, testServer } from './execute';
import { type Engine, sqlite } from './engines';
import { seededStore } from './seeded-store';

export interface SeededServer {
  readonly store: KyselyGraphStore;
  readonly server: ApolloServer<Context>;
  /** `execute` against this store and server. */
  run<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): ReturnType<typeof execute<TData, TVariables>>;
}

/** A seeded store on `engine` and a test server for the enclosing describe, opened before and closed after it. */
export function useSeededServer(engine: Engine = sqlite): SeededServer {
  let store: KyselyGraphStore;
  let server: ApolloServer<Context>;
  beforeAll(async () => {
    store = await seededStore(engine);
    server = await testServer();
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
  });
  return {
    get store() {
      return store;
    },
    get server() {
      return server;
    },
    run: (document, variables) => execute(server, store, document, variables),
  };
}
