import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** An extraction ran past `EXTRACT_TIMEOUT_MS` and its worker was stopped; answered 503 REQUEST_TIMEOUT, as a request past its deadline is. */
export class ExtractionTimeoutError extends GraphQLError {
  constructor(timeoutMs: number) {
    super(`The extraction took longer than ${timeoutMs} ms and was stopped`, {
      extensions: { code: ErrorCode.RequestTimeout, timeoutMs, http: { status: 503 } },
    });
  }
}
