import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** A write without a valid key: no `Authorization: Bearer <key>`, or a key that is unknown or revoked. */
export class UnauthenticatedError extends GraphQLError {
  constructor(reason = 'Writing needs a key: send "Authorization: Bearer <key>"') {
    super(reason, { extensions: { code: ErrorCode.Unauthenticated } });
  }
}
