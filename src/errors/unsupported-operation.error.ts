import { GraphQLError } from 'graphql';

/**
 * An operation of a kind the schema has no root type for (a subscription: there is no
 * Subscription type). graphql-js 16's validation lets it through and execution then fails
 * without a code; graphql-js 17 refuses it in validation, and so does this, with its words.
 */
export class UnsupportedOperationError extends GraphQLError {
  constructor(operation: string) {
    super(`The ${operation} operation is not supported by the schema: this service answers queries and mutations`, {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
    });
  }
}
