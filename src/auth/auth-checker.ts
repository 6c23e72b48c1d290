import type { AuthChecker } from 'type-graphql';
import type { Role } from '../domain/role';
import { ForbiddenError } from '../errors/forbidden.error';
import { RateLimitedError } from '../errors/rate-limited.error';
import { UnauthenticatedError } from '../errors/unauthenticated.error';
import type { Context } from '../server/context';

/**
 * type-graphql's check behind `@Authorized(roles)`: a valid key, of one of `roles`. It throws
 * the service's own errors (UNAUTHENTICATED, FORBIDDEN), not type-graphql's, so the codes are
 * the documented ones. Every mutation a key may run also takes a point of its rate limit.
 */
export const authChecker: AuthChecker<Context, Role> = async ({ context, info }, roles) => {
  const key = context.viewer.key;
  if (!key) throw new UnauthenticatedError(context.viewer.problem);
  if (roles.length > 0 && !roles.includes(key.role)) throw new ForbiddenError(key.role, roles);
  if (info.parentType.name === 'Mutation' && context.writeLimiter) {
    const limiter = context.writeLimiter;
    try {
      await limiter.consume(key.id);
    } catch (refusal) {
      const msBeforeNext = (refusal as { msBeforeNext?: number }).msBeforeNext;
      if (msBeforeNext === undefined) throw refusal;
      throw new RateLimitedError(limiter.points, Math.max(1, Math.ceil(msBeforeNext / 1000)));
    }
  }
  return true;
};
