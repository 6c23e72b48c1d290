import type { GraphStore } from './graph-store';

/** One store call, as `wrapStore` hands it to its wrapper: the method's name, its arguments, and the call itself. */
export interface StoreCallSite {
  method: keyof GraphStore;
  args: unknown[];
  proceed: () => Promise<unknown>;
}

/**
 * The store with every method call passed through `around`, which may run it (`proceed`),
 * refuse it, delay it or count it. One Proxy here, so guards and test doubles need none of
 * their own.
 */
export function wrapStore(store: GraphStore, around: (call: StoreCallSite) => Promise<unknown>): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      return (...args: unknown[]) =>
        around({ method: property as keyof GraphStore, args, proceed: () => method.apply(target, args) });
    },
  });
}
