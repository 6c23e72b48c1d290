import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** The database cannot be reached; the request may succeed when retried. Says nothing of SQL or hosts. */
export class ServiceUnavailableError extends GraphQLError {
  /** `cause`, the driver's error, stays for the logs and never reaches the caller. */
  constructor(cause?: unknown) {
    super('The database cannot be reached; try again shortly.', {
      extensions: { code: ErrorCode.ServiceUnavailable },
    });
    this.cause = cause;
  }
}
