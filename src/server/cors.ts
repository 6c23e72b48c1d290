import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * CORS for frontend apps on other origins. Registered before `/graphql`, so preflights are
 * answered here (204) and never reach Apollo. Open to any origin by default: reads need no
 * credentials and the API sets no cookies; writes carry a key in `Authorization`, which a
 * browser never attaches on its own (docs/http.md, "CORS and cross-site requests").
 */
export async function registerCors(fastify: FastifyInstance, origins: '*' | string[]): Promise<void> {
  await fastify.register(cors, {
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
}
