import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** As many writes wait for their turn in this process as may (`WriteQueue`); answered 503 with Retry-After. */
export class WritesBusyError extends GraphQLError {
  constructor(waiting: number, retryAfterSeconds = 1) {
    super(`${waiting} writes are waiting for their turn already; try again in ${retryAfterSeconds} s`, {
      extensions: {
        code: ErrorCode.ServiceUnavailable,
        retryAfterSeconds,
        http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}
