import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** The request ran past its deadline; what it had not done yet was not started. */
export class RequestTimeoutError extends GraphQLError {
  constructor(timeoutMs: number) {
    super(`The request took longer than ${timeoutMs} ms and was stopped`, {
      extensions: { code: ErrorCode.RequestTimeout, timeoutMs },
    });
  }
}
