import { type Loaders, createLoaders } from '../loaders/create-loaders';
import type { GraphStore } from '../store/graph-store';

/** What every resolver gets through `@Ctx()`; built fresh for each request. */
export interface Context {
  store: GraphStore;
  loaders: Loaders;
}

export function createContext(store: GraphStore): Context {
  return { store, loaders: createLoaders(store) };
}
