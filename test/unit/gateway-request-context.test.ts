import { ApolloServer } from '@apollo/server';
import type { GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { expect, it } from '@jest/globals';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, execute, printSchema } from 'graphql';

/**
 * patches/@apollo+server+*.patch: the request context Apollo hands a gateway executor (the
 * jit executor's hook) keeps `response.http.status`'s getter and setter on a class, not on a
 * fresh object literal per request. V8 allocates a literal's accessor pair in old space,
 * where a dead one still holds the request's young objects through every scavenge: about a
 * seventh of what the entity page promotes (docs/performance.md). These tests fail if
 * `npm ci` did not apply the patch, or if the patched status no longer reaches the response.
 */
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString } } }),
});

function recordingGateway(seen: GatewayGraphQLRequestContext[]): GatewayInterface {
  return {
    async load() {
      return {
        executor: async (requestContext) => {
          seen.push(requestContext);
          requestContext.response!.http!.status = 203;
          return execute({ schema, document: requestContext.document, rootValue: { hello: 'world' } });
        },
      };
    },
    onSchemaLoadOrUpdate(listener) {
      listener({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

it('gives the gateway executor a status accessor that lives on a prototype and still sets the response status', async () => {
  const seen: GatewayGraphQLRequestContext[] = [];
  const apollo = new ApolloServer({ gateway: recordingGateway(seen) });
  await apollo.start();
  try {
    const response = await apollo.executeOperation({ query: '{ hello }' });
    expect(response.http.status).toBe(203);
    expect(response.body).toEqual({ kind: 'single', singleResult: { data: { hello: 'world' } } });
    const http = seen[0].response!.http!;
    expect(Object.getOwnPropertyDescriptor(http, 'status')).toBeUndefined();
    expect(typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(http), 'status')?.get).toBe('function');
    // One accessor pair for every request, not one per request.
    await apollo.executeOperation({ query: '{ hello }' });
    expect(Object.getPrototypeOf(seen[1].response!.http)).toBe(Object.getPrototypeOf(http));
  } finally {
    await apollo.stop();
  }
});
