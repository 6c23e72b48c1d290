import { Transform } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { hasBearer } from '../auth/viewer';

/** The error Fastify itself raises for a body over its limit: the error handler answers it 413. */
function tooLarge(): Error {
  return Object.assign(new Error('Request body is too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
}

/**
 * Two body limits: Fastify's own is the write limit; a request without `Authorization: Bearer`
 * is held to the read limit here, by its Content-Length before anything is read, and, when it
 * sends none (chunked), by counting bytes as they arrive. A key does not have to be valid to
 * get the larger limit (that costs a database call before the body is read); an unknown key
 * is refused as soon as the request runs.
 */
export function registerBodyLimits(fastify: FastifyInstance, readLimitBytes: number): void {
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    // Only a POST's body is read; a key lifts the read limit.
    if (request.method !== 'POST' || hasBearer(request.headers.authorization)) return done(null, payload);
    const declared = Number(request.headers['content-length']);
    if (request.headers['content-length'] !== undefined) return declared > readLimitBytes ? done(tooLarge()) : done(null, payload);
    let seen = 0;
    const counted = payload.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, next) {
          seen += chunk.length;
          next(seen > readLimitBytes ? tooLarge() : null, chunk);
        },
      }),
    );
    done(null, counted);
  });
}
