import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** The key wrote more often than `WRITE_RATE_LIMIT` a minute; answered 429 with Retry-After. */
export class RateLimitedError extends GraphQLError {
  constructor(limit: number, retryAfterSeconds: number) {
    super(`This key may write ${limit} times a minute; try again in ${retryAfterSeconds} s`, {
      extensions: {
        code: ErrorCode.RateLimited,
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}
