import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** An argument the caller sent is out of range or malformed; `field` names the argument. */
export class BadUserInputError extends GraphQLError {
  constructor(field: string, reason: string) {
    super(`Invalid value for "${field}": ${reason}`, {
      extensions: { code: ErrorCode.BadUserInput, field, reason },
    });
  }
}
