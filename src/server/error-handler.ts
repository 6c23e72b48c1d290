import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { ErrorCode } from '../errors/error-codes';

/** An error a hook raises before Apollo runs, for the handler below to answer in GraphQL's shape. */
export interface RequestError extends Error {
  statusCode: number;
  extensions: { code: string } & Record<string, unknown>;
  headers?: Record<string, string>;
}

/** A 4xx of the client's making: its status, a message saying what to change, a code (BAD_REQUEST unless told), extra headers. */
export function requestError(
  statusCode: number,
  message: string,
  code = 'BAD_REQUEST',
  headers?: Record<string, string>,
): RequestError {
  return Object.assign(new Error(message), { statusCode, extensions: { code }, headers });
}

/**
 * Errors raised before Apollo sees a request (a body too large, bad JSON, a wrong content
 * type, an encoded body, an unknown key on a large body) answered in GraphQL's shape, so
 * clients read every failure the same way. A 5xx here is a fault of ours: masked, logged, and
 * tagged with the request id to quote; a 4xx is the client's and is not logged as an error.
 */
export function registerErrorHandler(
  fastify: FastifyInstance,
  bodyLimitBytes: number,
  writeBodyLimitBytes = bodyLimitBytes,
): void {
  const limitOf = (request: FastifyRequest) => (request.viewer?.key ? writeBodyLimitBytes : bodyLimitBytes);
  fastify.setErrorHandler((error: FastifyError & Partial<RequestError>, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({
        errors: [
          {
            message: 'Internal server error',
            extensions: { code: ErrorCode.InternalServerError, requestId: request.id },
          },
        ],
      });
    }
    if (error.headers) reply.headers(error.headers);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // Only a valid key is given the write limit, by `registerBodyLimits`; Fastify's own check is that limit.
      const message = `The request body is over the limit of ${limitOf(request)} bytes`;
      return reply
        .code(413)
        .send({ errors: [{ message, extensions: { code: ErrorCode.LimitExceeded, limit: 'bodySize' } }] });
    }
    const extensions = typeof error.extensions?.code === 'string' ? error.extensions : { code: 'BAD_REQUEST' };
    return reply.code(status).send({ errors: [{ message: error.message, extensions }] });
  });
}
