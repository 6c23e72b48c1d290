import { RateLimitedError } from '../errors/rate-limited.error';
import type { Context } from '../server/context';

/**
 * Takes one point of the key's write rate, as every mutation does (`authChecker`): a draft costs
 * CPU like an import's checks, so a key drafting in a loop is held to the same rate. The
 * `authChecker` takes it for mutations only; this query takes its own, after `@Authorized`.
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
