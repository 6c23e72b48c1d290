import { RateLimitedError } from '../errors/rate-limited.error';
import type { Context } from '../server/context';

/**
 * Takes one point of the key's write rate (`WRITE_RATE_LIMIT` a minute): `authChecker` for every
 * mutation, and `extractGraph`, a query whose draft costs CPU like an import's checks, so a key
 * drafting in a loop is held to the same rate.
 */
export async function takeWritePoint(context: Context): Promise<void> {
  const { writeLimiter: limiter, viewer } = context;
  if (!limiter || !viewer.key) return;
  try {
    await limiter.consume(viewer.key.id);
  } catch (refusal) {
    const msBeforeNext = (refusal as { msBeforeNext?: number }).msBeforeNext;
    if (msBeforeNext === undefined) throw refusal;
    throw new RateLimitedError(limiter.points, Math.max(1, Math.ceil(msBeforeNext / 1000)));
  }
}
