import { Transform, pipeline } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { type Viewer, resolveViewer } from '../auth/viewer';
import { UnauthenticatedError } from '../errors/unauthenticated.error';
import type { GraphStore } from '../store/graph-store';

declare module 'fastify' {
  interface FastifyRequest {
    /** Whom the Authorization header names, resolved before the body is read; undefined without the header. */
    viewer?: Viewer;
  }
}

export interface BodyLimits {
  /** Bytes a request without a valid key may send. */
  readLimitBytes: number;
  /** Bytes a request with a valid key may send: Fastify's own `bodyLimit`, which must be set to it. */
  writeLimitBytes: number;
}

/** The error Fastify itself raises for a body over its limit: the error handler answers it 413. */
function tooLarge(): Error {
  return Object.assign(new Error('Request body is too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
}

/** A key that names no valid key, refused 401 before a body larger than the read limit is read. */
function unauthenticated(problem: string): Error {
  return Object.assign(new UnauthenticatedError(problem), {
    statusCode: 401,
    headers: { 'www-authenticate': 'Bearer' },
  });
}

/**
 * Two body limits, decided from the headers before the body is read. The Authorization
 * header is resolved here, once (one store call, only when it is sent), and kept on the
 * request for the GraphQL context. A valid key may send up to the write limit (Fastify's own
 * check); anything else is held to the read limit, by its Content-Length before a byte is
 * read and, when it sends none (chunked), by counting bytes as they arrive. Over the read
 * limit, a key that names no valid key is answered 401 and the rest 413; under it, the
 * request goes on, and a bad key is refused only by what needs a key (reads still answer).
 */
export function registerBodyLimits(fastify: FastifyInstance, store: GraphStore, limits: BodyLimits): void {
  fastify.decorateRequest('viewer', undefined);
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    const { authorization } = request.headers;
    if (authorization !== undefined && authorization !== '') request.viewer = await resolveViewer(store, authorization);
    // GET and HEAD bodies are never read; a valid key is held to Fastify's own (write) limit.
    if (request.method === 'GET' || request.method === 'HEAD' || request.viewer?.key) return payload;
    const problem = request.viewer?.problem;
    const refusal = () => (problem ? unauthenticated(problem) : tooLarge());
    if (request.headers['content-length'] !== undefined) {
      if (Number(request.headers['content-length']) > limits.readLimitBytes) throw refusal();
      return payload;
    }
    let seen = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        seen += chunk.length;
        next(seen > limits.readLimitBytes ? refusal() : null, chunk);
      },
    });
    // pipeline, not pipe: a client that hangs up mid-body fails the parser's stream too, so
    // the request ends and its buffered chunks are let go.
    return pipeline(payload, counter, () => {});
  });
}
