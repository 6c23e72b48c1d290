import type { GraphStore } from '../../src/store/graph-store';
import { wrapStore } from '../../src/store/wrap-store';

export interface StoreCall {
  method: string;
  args: unknown[];
}

/** The store as it is, with every call written down: for asserting how resolvers batch. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: StoreCall[] } {
  const calls: StoreCall[] = [];
  const counted = wrapStore(store, ({ method, args, proceed }) => {
    calls.push({ method, args });
    return proceed();
  });
  return { store: counted, calls };
}
