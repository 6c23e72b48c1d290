import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphStore } from '../../store/graph-store';
import type { Context } from '../context';
import type { BodyShortcut } from '../json-body';
import { cacheablePlugin } from './cacheable.plugin';
import { GraphVersion } from './graph-version';
import { NO_STORE, etagFor, matchesIfNoneMatch, shareable } from './http-caching';
import { type RequestKey, ownBytes, requestKey } from './request-key';
import { type CachedResponse, ResponseCache } from './response-cache';

/** A request the cache may answer or keep the answer of: its key, and the version it was read at. */
export interface Lookup extends RequestKey {
  version: number;
}

/** The body of a POST the cache answers: its stored answer, found before the body was parsed. */
export class CachedAnswer {
  constructor(
    readonly entry: CachedResponse,
    readonly lookup: Lookup,
  ) {}
}

/**
 * The response cache as the `/graphql` route uses it, before Apollo (`lookup`, `answer`) and
 * after it (`answered`). Exact because every entry carries the graph version it was computed
 * at and is answered only while that is still the version: an answer computed while a write
 * committed is kept under the older version, which no later request reads at.
 */
export class RouteCache {
  private readonly cacheable = new WeakSet<AbortSignal>();
  private readonly responses: ResponseCache;
  /** POSTs looked up as their bodies arrived and not answered then (a hit's lookup is in its body). */
  private readonly misses = new WeakMap<FastifyRequest, Lookup>();

  private constructor(
    private readonly version: GraphVersion,
    maxBytes: number,
  ) {
    this.responses = new ResponseCache(maxBytes);
    // Entries of an older version can never be answered again: free their memory at once.
    version.onChange(() => this.responses.clear());
  }

  /** Follows the store's graph version until `close()`. */
  static async start(store: GraphStore, maxBytes: number): Promise<RouteCache> {
    return new RouteCache(await GraphVersion.follow(store), maxBytes);
  }

  /** The Apollo plugin that tells which answers may be kept. */
  plugin() {
    return cacheablePlugin(this.cacheable);
  }

  /**
   * The JSON body parser's shortcut: a POST body whose answer is stored becomes a
   * `CachedAnswer`, so a hit is neither decoded nor parsed. The version is read as the body
   * arrives; a write acknowledged later is later than this read.
   */
  readonly shortcut: BodyShortcut = (request, body) => {
    const lookup = this.lookupOf(request, body);
    return lookup instanceof Promise
      ? lookup.then((found) => this.bodyAnswer(request, found))
      : this.bodyAnswer(request, lookup);
  };

  /** Null when the request's answer may not be shared, or the graph's version is unknown now. */
  lookup(request: FastifyRequest): Lookup | null | Promise<Lookup | null> {
    if (request.method !== 'POST') return this.lookupOf(request);
    return request.body instanceof CachedAnswer ? request.body.lookup : (this.misses.get(request) ?? null);
  }

  /** Sends the stored answer, or 304 to a GET whose `If-None-Match` is still current; undefined on a miss. */
  answer(lookup: Lookup, request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
    const entry =
      request.body instanceof CachedAnswer ? request.body.entry : this.responses.get(lookup, lookup.version);
    const get = request.method === 'GET';
    if (get && request.headers['if-none-match'] !== undefined) {
      const etag = entry?.etag ?? etagFor(lookup.version, lookup.key);
      if (matchesIfNoneMatch(request, etag)) return shareable(reply.code(304), etag).send();
    }
    if (!entry) return undefined;
    if (get) shareable(reply, entry.etag);
    else reply.header('cache-control', NO_STORE);
    return reply.code(200).header('content-type', entry.contentType).header('x-cache', 'hit').send(entry.body);
  }

  /** After Apollo answered: keeps a good answer to a read and sets the caching headers. */
  answered(
    lookup: Lookup | null,
    request: FastifyRequest,
    reply: FastifyReply,
    body: unknown,
    context: Context | undefined,
  ): void {
    const keep =
      lookup !== null &&
      typeof body === 'string' &&
      context !== undefined &&
      this.cacheable.has(context.signal) &&
      reply.statusCode === 200;
    if (!keep) {
      reply.header('cache-control', NO_STORE);
      return;
    }
    const etag = etagFor(lookup.version, lookup.key);
    this.responses.set(lookup.key, {
      version: lookup.version,
      request: ownBytes(lookup.exact),
      body: Buffer.from(body),
      contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
      etag,
    });
    reply.header('x-cache', 'miss');
    if (request.method === 'GET') shareable(reply, etag);
    else reply.header('cache-control', NO_STORE);
  }

  /**
   * The request's key and the version its answer must be of: the version heard, or, where
   * other processes write (`lags`), the version read from the database after the request came.
   */
  private lookupOf(request: FastifyRequest, body?: Buffer): Lookup | null | Promise<Lookup | null> {
    const requested = requestKey(request, body);
    if (requested === null) return null;
    // A literal, not a spread of `requested`: on a hit's path, spreading cost a microsecond.
    const at = (version: number | null): Lookup | null =>
      version === null ? null : { key: requested.key, exact: requested.exact, version };
    return this.version.lags ? this.version.read().then(at) : at(this.version.current);
  }

  private bodyAnswer(request: FastifyRequest, lookup: Lookup | null): CachedAnswer | undefined {
    if (lookup === null) return undefined;
    const entry = this.responses.get(lookup, lookup.version);
    if (entry) return new CachedAnswer(entry, lookup);
    this.misses.set(request, lookup);
    return undefined;
  }

  /** Answers stored now (for tests and diagnostics). */
  get size(): number {
    return this.responses.size;
  }

  close(): Promise<void> {
    this.responses.clear();
    return this.version.close();
  }
}
