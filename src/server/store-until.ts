import type { GraphStore } from '../store/graph-store';
import { wrapStore } from '../store/wrap-store';

/**
 * The store, refusing every call once `signal` is aborted: a request that timed out (or whose
 * client left) starts no more database work, so nothing of it goes on in the background. A
 * statement already running finishes: better-sqlite3 cannot be interrupted, which is why every
 * query the store runs is bounded. A write already under way stops at its next statement and
 * rolls back, by the request's gate (`WriteAuthor.gate`, see `writeTransaction`), not here.
 */
export function storeUntil(store: GraphStore, signal: AbortSignal): GraphStore {
  return wrapStore(store, ({ proceed }) => {
    // Every store method is async: refuse as a rejection, as a failed query would.
    if (signal.aborted)
      return Promise.reject(signal.reason instanceof Error ? signal.reason : new Error('request aborted'));
    return proceed();
  });
}
