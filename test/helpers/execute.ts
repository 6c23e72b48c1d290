import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { createFormatError } from '../../src/errors/format-error';
import { getSchema } from '../../src/schema';
import { type Context, createContext } from '../../src/server/context';
import type { GraphStore } from '../../src/store/graph-store';

/** An Apollo server over the real schema, formatting errors as the service does (non-production). */
export async function testServer(): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError: createFormatError({ production: false }),
  });
  await server.start();
  return server;
}

/** Runs a codegen document with a fresh request context and returns its single result, typed. */
export async function execute<TData, TVariables extends Record<string, unknown>>(
  server: ApolloServer<Context>,
  store: GraphStore,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<FormattedExecutionResult<TData>> {
  const response = await server.executeOperation<TData, TVariables>(
    { query: document, variables },
    { contextValue: createContext(store) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result, got an incremental one');
  return response.body.singleResult;
}
