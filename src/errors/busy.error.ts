import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** A queue of this process full: answered 503 with Retry-After, naming what waits ("writes", "extractions"). */
export class BusyError extends GraphQLError {
  constructor(what: string, waiting: number, retryAfterSeconds = 1) {
    super(`${waiting} ${what} are waiting for their turn already; try again in ${retryAfterSeconds} s`, {
      extensions: {
        code: ErrorCode.ServiceUnavailable,
        retryAfterSeconds,
        http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}
