import type { FastifyInstance, FastifyRequest } from 'fastify';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Answers a body from its bytes alone, before it is decoded (the response cache's hits): the
 * value it returns (or resolves to) becomes `request.body`; undefined lets the body be parsed.
 */
export type BodyShortcut = (request: FastifyRequest, body: Buffer) => unknown;

type ParserDone = (error: Error | null, body?: unknown) => void;

/**
 * JSON bodies must be valid UTF-8 (RFC 8259). Node's default decoding would quietly turn bad
 * bytes into U+FFFD and run a query the client never sent; this refuses them with a 400 and
 * hands the text to Fastify's own parser (which also guards against prototype poisoning).
 */
export function registerStrictJsonParser(fastify: FastifyInstance, shortcut?: BodyShortcut): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  const parse = (request: FastifyRequest, body: Buffer, done: ParserDone): void => {
    let text: string;
    try {
      text = strictUtf8.decode(body);
    } catch {
      done(Object.assign(new Error('The request body is not valid UTF-8'), { statusCode: 400 }), undefined);
      return;
    }
    void parseJson(request, text, done);
  };
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const known = shortcut?.(request, body as Buffer);
    if (known instanceof Promise) {
      known.then(
        (value) => (value === undefined ? parse(request, body as Buffer, done) : done(null, value)),
        (error: Error) => done(error, undefined),
      );
    } else if (known !== undefined) {
      done(null, known);
    } else {
      parse(request, body as Buffer, done);
    }
  });
}
