import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { createFormatError } from '../errors/format-error';
import { getSchema } from '../schema';
import type { GraphStore } from '../store/graph-store';
import { type Context, createContext } from './context';
import { registerHealthRoutes } from './health';
import { playgroundPlugin } from './playground';
import { registerWebAssets } from './web-assets';

export interface App {
  fastify: FastifyInstance;
  apollo: ApolloServer<Context>;
}

/**
 * Builds the HTTP app around a store: Fastify routes, Apollo on `/graphql`, health checks.
 * Opens no port; `src/index.ts` listens, tests inject or listen on port 0. `closeApp` stops
 * it; the store is the caller's to close.
 */
export async function createApp(config: Pick<Config, 'logLevel' | 'production'>, store: GraphStore): Promise<App> {
  const fastify = Fastify({
    logger: { level: config.logLevel },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  // Once closing, responses still in flight tell keep-alive clients to hang up, so close()
  // need not wait out their idle sockets.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: true, // the playground needs it, in production too
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError: createFormatError({
      production: config.production,
      onInternalError: (error) => fastify.log.error({ err: error }, 'resolver failed'),
    }),
    plugins: [fastifyApolloDrainPlugin(fastify), playgroundPlugin()],
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  await fastify.register(fastifyApollo(apollo), { context: async () => createContext(store) });
  registerHealthRoutes(fastify, store);
  await registerWebAssets(fastify); // the explorer and playground built from web/
  return { fastify, apollo };
}
