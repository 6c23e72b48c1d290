import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors/error-codes';
import { LimitExceededError } from '../../errors/limit-exceeded.error';
import type { Context } from '../context';
import { cachedQueryCost } from '../limits/query-cost';

/**
 * Works out each operation's cost once its variables are known and refuses it, before it runs,
 * when it is over the ceiling; every response then reports `extensions.cost`
 * (`requested` is null when the request never got as far as a valid operation).
 */
export function costPlugin(maxCost: number, maxNodes: number): ApolloServerPlugin<Context> {
  const queryCost = cachedQueryCost();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          contextValue.cost = { requested: null, limit: maxCost };
          let requested: number;
          try {
            requested = queryCost(schema, document, operationName ?? undefined, request.variables, maxNodes);
          } catch (error) {
            // Variables that do not coerce are refused by execution itself, with its own message.
            if (error instanceof GraphQLError && error.message.startsWith('Variable "')) return;
            // An argument that cannot be read (null for a `first: Int! = 20`) would fail only its
            // field, and its siblings would run uncounted: refused whole, in graphql-js's words.
            if (error instanceof GraphQLError && error.message.startsWith('Argument "')) {
              throw new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
              });
            }
            throw new LimitExceededError(
              'cost',
              `The query is too large to count: over ${maxNodes} fields with fragments expanded`,
            );
          }
          contextValue.cost.requested = requested;
          if (requested > maxCost) {
            throw new LimitExceededError(
              'cost',
              `The query may resolve up to ${requested} fields, over the limit of ${maxCost}: ask for fewer items (first) or fewer nested lists`,
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          (result.extensions ??= {}).cost = contextValue.cost ?? { requested: null, limit: maxCost };
        },
      };
    },
  };
}
