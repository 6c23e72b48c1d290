import type { FastifyRequest } from 'fastify';

/** The GraphQL-over-HTTP parameters of a request, from the query string (GET) or the JSON body (POST). */
interface Params {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/**
 * What decides a read request's answer, as one string: the document (or its persisted-query
 * hash, in `extensions`), the operation, the variables and the media type asked for. GET
 * sends variables as JSON text, POST as an object; they stay apart in the key (a string
 * against an object), so a key never stands for two different requests. Null when the answer
 * may not be shared: a request with a key (roles see different data, such as `changes`), or
 * one that is not a GraphQL read at all.
 */
export function requestKey(request: FastifyRequest): string | null {
  if (request.headers.authorization !== undefined) return null;
  let params: Params | null;
  if (request.method === 'GET') params = request.query as Params | null;
  else if (request.method === 'POST') params = request.body as Params | null;
  else return null;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return null;
  if (params.query === undefined && params.extensions === undefined) return null;
  return JSON.stringify([request.headers.accept ?? '', params.query, params.operationName, params.variables, params.extensions]);
}
