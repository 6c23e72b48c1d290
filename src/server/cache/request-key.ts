import { hash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/**
 * What decides a read request's answer: the method, the media type asked for, and the request
 * exactly as sent (a GET's query string, a POST's body bytes). `key` names it by a SHA-1 of
 * those bytes, hashed natively (V8 hashes a 3 KB string as a map key at about twice the cost);
 * `exact` is the bytes themselves, compared in full on a hit, so a hit is never another
 * request's answer. Keyed by the bytes, a hit needs neither decoding nor JSON parsing; two
 * spellings of one request (spaces, key order) are two entries, as in any HTTP cache.
 */
export interface RequestKey {
  key: string;
  exact: Buffer | string;
}

/**
 * The largest request whose answer is kept: every entry holds its request's bytes, so one of a
 * megabyte (a query padded with an unused variable) would push out hundreds of real ones. The
 * explorer's requests are a few kilobytes; all of graph/operations sent at once is 14 KB.
 */
export const REQUEST_KEY_MAX_BYTES = 64 * 1024;
const ACCEPT_MAX_CHARS = 512;

/**
 * Null when the answer may not be shared: a request with a key (roles see different data,
 * such as `changes`), one over `REQUEST_KEY_MAX_BYTES` (or asking for a media type of over
 * 512 characters), or one that is not a GET with a query string or a POST with a body.
 */
export function requestKey(request: FastifyRequest, body?: Buffer): RequestKey | null {
  if (request.headers.authorization !== undefined) return null;
  const accept = request.headers.accept ?? '';
  let exact: Buffer | string;
  if (request.method === 'POST' && body !== undefined) exact = body;
  else if (request.method === 'GET' && request.url.includes('?'))
    exact = request.url.slice(request.url.indexOf('?') + 1);
  else return null;
  // A GET's query string is counted in characters: each takes at most two bytes of a string.
  if (exact.length > (typeof exact === 'string' ? REQUEST_KEY_MAX_BYTES / 2 : REQUEST_KEY_MAX_BYTES)) return null;
  // The key holds the media type asked for: a browser's is about 100 characters.
  if (accept.length > ACCEPT_MAX_CHARS) return null;
  return { key: `${request.method} ${accept} ${hash('sha1', exact, 'base64')}`, exact };
}

/** True when `a` and `b` are the same bytes (a POST body) or the same text (a GET query string). */
export function sameRequest(a: Buffer | string, b: Buffer | string): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.equals(b);
}

/**
 * The bytes to keep with a stored answer, in a buffer of their own: a small body is a view of
 * Node's shared 8 KB allocation pool, and keeping the view would keep the whole pool block,
 * uncounted by the cache's byte budget.
 */
export function ownBytes(exact: Buffer | string): Buffer | string {
  if (typeof exact === 'string' || exact.byteLength === exact.buffer.byteLength) return exact;
  const own = Buffer.allocUnsafeSlow(exact.byteLength);
  exact.copy(own);
  return own;
}
