import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { BadUserInputError } from '../../errors/bad-user-input.error';
import { UnsupportedOperationError } from '../../errors/unsupported-operation.error';
import type { Context } from '../context';
import { findInputProblem } from './input-problems';

/**
 * Refuses, once the operation is known and before anything runs, what no field could take:
 * a subscription (the schema has none), and any argument or variable holding a NUL, a lone
 * surrogate or a value nested too deep (`findInputProblem`). One check over the whole
 * operation, so no field can forget it, and both engines answer alike (SQLite would store
 * what PostgreSQL refuses). Registered before the cost plugin, whose refusal would otherwise
 * be the one reported. An unknown operation name is left to the executor, which says so.
 */
export function clientInputPlugin(): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ schema, document, operation, request }) {
      if (!operation) return;
      if (operation.operation === OperationTypeNode.SUBSCRIPTION && !schema.getSubscriptionType()) {
        throw new UnsupportedOperationError(operation.operation);
      }
      const problem = findInputProblem(schema, document, operation, request.variables);
      if (problem) throw new BadUserInputError(problem.field, problem.reason, 400);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
