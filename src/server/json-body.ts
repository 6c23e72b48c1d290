import type { FastifyInstance, FastifyRequest } from 'fastify';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Answers a body from its bytes alone, before it is decoded (the response cache's hits); the
 * value it returns becomes `request.body`, and undefined lets the body be parsed as usual.
 */
export type BodyShortcut = (request: FastifyRequest, body: Buffer) => unknown;

/**
 * JSON bodies must be valid UTF-8 (RFC 8259). Node's default decoding would quietly turn bad
 * bytes into U+FFFD and run a query the client never sent; this refuses them with a 400 and
 * hands the text to Fastify's own parser (which also guards against prototype poisoning).
 */
export function registerStrictJsonParser(fastify: FastifyInstance, shortcut?: BodyShortcut): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const known = shortcut?.(request, body as Buffer);
    if (known !== undefined) {
      done(null, known);
      return;
    }
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
