import type { FastifyError, FastifyInstance } from 'fastify';
import { hasBearer } from '../auth/viewer';
import { ErrorCode } from '../errors/error-codes';

/**
 * Errors raised before Apollo sees a request (a body too large, bad JSON, a wrong content
 * type) answered in GraphQL's shape, so clients read every failure the same way. A 5xx here
 * is a fault of ours: masked, logged, and tagged with the request id to quote.
 */
export function registerErrorHandler(fastify: FastifyInstance, bodyLimitBytes: number, writeBodyLimitBytes = bodyLimitBytes): void {
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({
        errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.InternalServerError, requestId: request.id } }],
      });
    }
    const tooLarge = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
    // Over the write limit only a request with a key gets here; the rest were held to the read limit.
    const limit = tooLarge && hasBearer(request.headers.authorization) ? writeBodyLimitBytes : bodyLimitBytes;
    const message = tooLarge ? `The request body is over the limit of ${limit} bytes` : error.message;
    const extensions = tooLarge ? { code: ErrorCode.LimitExceeded, limit: 'bodySize' } : { code: 'BAD_REQUEST' };
    return reply.code(status).send({ errors: [{ message, extensions }] });
  });
}
