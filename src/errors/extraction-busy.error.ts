import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** As many extractions wait for the process's extraction worker as may (`ExtractorThread`); answered 503 with Retry-After, as a full write queue is. */
export class ExtractionBusyError extends GraphQLError {
  constructor(waiting: number, retryAfterSeconds = 1) {
    super(`${waiting} extractions are waiting for their turn already; try again in ${retryAfterSeconds} s`, {
      extensions: {
        code: ErrorCode.ServiceUnavailable,
        retryAfterSeconds,
        http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}
