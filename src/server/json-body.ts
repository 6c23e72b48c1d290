import type { FastifyInstance } from 'fastify';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies must be valid UTF-8 (RFC 8259). Node's default decoding would quietly turn bad
 * bytes into U+FFFD and run a query the client never sent; this refuses them with a 400 and
 * hands the text to Fastify's own parser (which also guards against prototype poisoning).
 */
export function registerStrictJsonParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      done(Object.assign(new Error('The request body is not valid UTF-8'), { statusCode: 400 }), undefined);
      return;
    }
    void parseJson(request, text, done);
  });
}
