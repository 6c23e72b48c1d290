import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** A valid key whose role may not do this (an editor deleting, say). */
export class ForbiddenError extends GraphQLError {
  constructor(role: string, needed: readonly string[]) {
    super(`A key with role ${role} may not do this; it needs ${needed.join(' or ')}`, {
      extensions: { code: ErrorCode.Forbidden, role, needed },
    });
  }
}
