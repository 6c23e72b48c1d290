import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/** Errors of a well-formed request that the document or its variables were wrong for. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'LIMIT_EXCEEDED',
]);

/**
 * The GraphQL-over-HTTP spec: a client that accepts only `application/json` (the legacy type)
 * SHOULD get 200 with `errors` when the document fails to parse or validate or its variables
 * do not coerce, since it cannot tell a GraphQL error from a proxy's by status; Apollo
 * answers 400. Clients that accept `application/graphql-response+json` keep the 4xx.
 */
export function graphqlOverHttpPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      if (accept.includes('application/graphql-response+json')) return;
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)))) response.http.status = 200;
        },
      };
    },
  };
}
