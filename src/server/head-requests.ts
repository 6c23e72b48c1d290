import type { FastifyInstance } from 'fastify';

/**
 * HEAD on `url` answers as GET would, without the body. Apollo runs only GET and POST (it
 * answered HEAD 405), so the handler is shown a GET; the raw request stays HEAD, from which
 * Node already decided, when it parsed it, that the response carries no body. The route must
 * list HEAD itself: Fastify's generated HEAD route would drop the content length.
 */
export function registerHeadAsGet(fastify: FastifyInstance, url: string): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    if (request.raw.method === 'HEAD' && request.routeOptions.url === url) {
      Object.defineProperty(request, 'method', { value: 'GET' });
    }
    done();
  });
}
