import type { FastifyInstance } from 'fastify';
import type { GraphStore } from '../store/graph-store';

/** `/healthz`: the process answers. `/readyz`: the database answers too. */
export function registerHealthRoutes(app: FastifyInstance, store: GraphStore): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await store.ping();
      return { status: 'ready' };
    } catch (error) {
      request.log.error({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
