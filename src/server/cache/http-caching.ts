import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The policy of GET answers that may be shared: any cache may keep them but must ask again
 * each time (max-age=0), and the ETag makes asking cheap: the same request at the same graph
 * version has the same answer, so a matching `If-None-Match` is answered 304 without running.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
/** Every other answer: POST, requests with a key, errors, and everything when the cache is off. */
export const NO_STORE = 'no-store';
/** The answer depends on the media type asked for, and a key must never get a keyless answer. */
export const VARY = 'accept, authorization';

/** The entity tag of `key`'s answer at graph `version`. */
export function etagFor(version: number, key: string): string {
  return `"${version}-${createHash('sha1').update(key).digest('base64url')}"`;
}

/**
 * True when the request's `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for
 * it). `*` is not honoured: it would answer 304 to a request that has no good answer to keep.
 */
export function matchesIfNoneMatch(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Headers that let shared caches keep a GET answer, revalidating it by `etag`. */
export function shareable(reply: FastifyReply, etag: string): FastifyReply {
  // Added to what is there: CORS with a list of origins varies by `origin` too.
  const vary = reply.getHeader('vary');
  return reply
    .header('cache-control', SHARED_CACHE_CONTROL)
    .header('etag', etag)
    .header('vary', vary ? `${String(vary)}, ${VARY}` : VARY);
}
