import type { FastifyInstance } from 'fastify';
import { requestError } from './error-handler';

/**
 * Bodies are read as sent: a gzip, deflate or br body is answered 415, naming its encoding,
 * where it used to fail as "not valid UTF-8". Decoding one would need a bound on what it
 * expands to; no client of this API needs to compress a few megabytes of JSON.
 */
export function registerIdentityBodiesOnly(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    const header = request.headers['content-encoding'];
    // GET and HEAD bodies are never read.
    if (header === undefined || request.method === 'GET' || request.method === 'HEAD') return done(null, payload);
    const codings = header
      .split(',')
      .map((c) => c.trim().toLowerCase())
      .filter((c) => c !== '' && c !== 'identity');
    if (codings.length === 0) return done(null, payload);
    const named = codings.join(', ').slice(0, 40); // a header is the client's text: echo a little
    const message = `The request body is encoded as "${named}" (Content-Encoding); only identity (uncompressed) bodies are accepted`;
    // RFC 9110, section 15.5.16: Accept-Encoding tells the client which codings would do.
    done(requestError(415, message, 'BAD_REQUEST', { 'accept-encoding': 'identity' }));
  });
}
