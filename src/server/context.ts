import type { FastifyBaseLogger } from 'fastify';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import { ExtractorThread } from '../drafts/extractor-thread';
import { KnownEntitiesCache } from '../drafts/known-entities-cache';
import { LIMIT_SETTINGS } from '../config';
import { type Loaders, createLoaders } from '../loaders/create-loaders';
import type { CommitGate } from '../store/commit-gate';
import type { GraphStore } from '../store/graph-store';
import { storeUntil } from './store-until';

/** `extensions.cost` of a response: the request's worst-case field count and the ceiling. */
export interface Cost {
  requested: number | null;
  limit: number;
}

/** What every resolver gets through `@Ctx()`; built fresh for each request. */
export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** Aborted when the request times out or its client goes away; the store then refuses work. */
  signal: AbortSignal;
  /** The request's writes commit only while it waits for them (`RequestDeadline`); absent without a deadline. */
  gate?: CommitGate;
  requestId: string;
  log?: FastifyBaseLogger;
  /** Set once the operation is known (cost plugin). */
  cost?: Cost;
  /** The key the request carries, resolved once; anonymous readers have none. */
  viewer: Viewer;
  /** Mutations per key per minute; absent where writes are not limited (tests of the schema alone). */
  writeLimiter?: RateLimiterAbstract;
  /** The entities of the extractor's gazetteer, read once per app and graph version (`extractGraph`). */
  knownEntities: KnownEntitiesCache;
  /** The app's extraction worker and its queue (`extractGraph`). */
  extractor: ExtractorThread;
}

export interface ContextOptions {
  signal?: AbortSignal;
  gate?: CommitGate;
  requestId?: string;
  log?: FastifyBaseLogger;
  viewer?: Viewer;
  writeLimiter?: RateLimiterAbstract;
  /** Shared by the app's requests; a context made alone (tests of the schema) gets its own of these two. */
  knownEntities?: KnownEntitiesCache;
  /** Its own worker, started only if the context extracts, never holding the process open while idle. */
  extractor?: ExtractorThread;
}

export function createContext(store: GraphStore, options: ContextOptions = {}): Context {
  const signal = options.signal ?? new AbortController().signal;
  const guarded = storeUntil(store, signal);
  return {
    store: guarded,
    loaders: createLoaders(guarded),
    signal,
    gate: options.gate,
    requestId: options.requestId ?? 'local',
    log: options.log,
    viewer: options.viewer ?? ANONYMOUS,
    writeLimiter: options.writeLimiter,
    knownEntities: options.knownEntities ?? new KnownEntitiesCache(store),
    extractor: options.extractor ?? new ExtractorThread({ timeoutMs: LIMIT_SETTINGS.extractTimeoutMs.default }),
  };
}
