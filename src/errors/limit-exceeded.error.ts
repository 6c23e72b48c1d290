import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** A request over one of the published limits, refused before anything ran: a 4xx. */
export class LimitExceededError extends GraphQLError {
  constructor(limit: string, message: string, status = 400) {
    super(message, { extensions: { code: ErrorCode.LimitExceeded, limit, http: { status } } });
  }
}
