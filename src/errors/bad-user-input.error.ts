import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/**
 * An argument the caller sent is out of range or malformed; `field` names the argument.
 * `status` is for refusals before execution, where Apollo answers with the error's own status.
 */
export class BadUserInputError extends GraphQLError {
  constructor(field: string, reason: string, status?: number) {
    super(`Invalid value for "${field}": ${reason}`, {
      extensions: { code: ErrorCode.BadUserInput, field, reason, ...(status && { http: { status } }) },
    });
  }
}
