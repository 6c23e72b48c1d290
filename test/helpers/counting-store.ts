import type { GraphStore } from '../../src/store/graph-store';

export interface StoreCall {
  method: string;
  args: unknown[];
}

/** The store as it is, with every call written down: for asserting how resolvers batch. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: StoreCall[] } {
  const calls: StoreCall[] = [];
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push({ method: String(property), args });
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}
