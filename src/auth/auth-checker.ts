import type { AuthChecker } from 'type-graphql';
import type { Role } from '../domain/role';
import { ForbiddenError } from '../errors/forbidden.error';
import { UnauthenticatedError } from '../errors/unauthenticated.error';
import type { Context } from '../server/context';
import { takeWritePoint } from './write-rate';

/**
 * type-graphql's check behind `@Authorized(roles)`: a valid key, of one of `roles`. It throws
 * the service's own errors (UNAUTHENTICATED, FORBIDDEN), not type-graphql's, so the codes are
 * the documented ones. Every mutation a key may run also takes a point of its rate limit.
 */
export const authChecker: AuthChecker<Context, Role> = async ({ context, info }, roles) => {
  const key = context.viewer.key;
  if (!key) throw new UnauthenticatedError(context.viewer.problem);
  if (roles.length > 0 && !roles.includes(key.role)) throw new ForbiddenError(key.role, roles);
  if (info.parentType.name === 'Mutation') await takeWritePoint(context);
  return true;
};
