import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { type Config, type Limits, loadLimits, loadResponseCache } from '../config';
import { ExtractorThread } from '../drafts/extractor-thread';
import { KnownEntitiesCache } from '../drafts/known-entities-cache';
import { createFormatError } from '../errors/format-error';
import { getSchema } from '../schema';
import type { GraphStore } from '../store/graph-store';
import type { Context } from './context';
import { registerBodyLimits } from './body-limits';
import { clientErrorHandler, registerEarlyAnswers } from './client-errors';
import { registerIdentityBodiesOnly } from './content-encoding';
import { RouteCache } from './cache/route-cache';
import { registerCors } from './cors';
import { registerErrorHandler } from './error-handler';
import { registerGraphQLRoute } from './graphql-route';
import { registerHeadAsGet } from './head-requests';
import { registerHealthRoutes } from './health';
import { registerHostCheck } from './host-header';
import { registerStrictJsonParser } from './json-body';
import { limitRules } from './limits/validation-rules';
import { playgroundPlugin } from './playground';
import { clientInputPlugin } from './plugins/client-input.plugin';
import { costPlugin } from './plugins/cost.plugin';
import { errorLogPlugin } from './plugins/error-log.plugin';
import { jitGateway } from './jit-gateway';
import { graphqlOverHttpPlugin } from './plugins/graphql-over-http.plugin';
import { requestId } from './request-id';
import { partialSuccessPlugin } from './plugins/partial-success.plugin';
import { registerWebAssets } from './web-assets';

export interface App {
  fastify: FastifyInstance;
  apollo: ApolloServer<Context>;
}

/** What `createApp` needs of the config; limits and origins default as the environment would. */
export type AppOptions = Pick<Config, 'logLevel' | 'production'> & {
  corsOrigins?: Config['corsOrigins'];
  /** graphql-jit unless told otherwise. */
  executor?: Config['executor'];
  limits?: Partial<Limits>;
  responseCache?: Config['responseCache'];
  /** Where the log lines go (stdout unless told): tests read them to see what was logged, and at which level. */
  logStream?: { write(line: string): void };
};

/**
 * Builds the HTTP app around a store: Fastify routes, Apollo on `/graphql`, health checks.
 * Opens no port; `src/index.ts` listens, tests inject or listen on port 0. `closeApp` stops
 * it; the store is the caller's to close.
 */
export async function createApp(options: AppOptions, store: GraphStore): Promise<App> {
  const limits: Limits = { ...loadLimits(), ...options.limits };
  // Node checks the headers and receive deadlines on a timer; a quarter of the shorter cuts a
  // late client within 125% of its deadline (Node's 30 s interval would let a 300 ms one run 30 s).
  const checkEveryMs = Math.max(
    10,
    Math.min(30_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.receiveTimeoutMs) / 4)),
  );
  const fastify = Fastify({
    logger: { level: options.logLevel, ...(options.logStream && { stream: options.logStream }) },
    genReqId: requestId, // a client's x-request-id only when it is a short safe token
    // The larger write limit is Fastify's; requests without a valid key are held to the read
    // limit by `registerBodyLimits`, so only a key holder can send a few-megabyte import.
    bodyLimit: Math.max(limits.bodyLimitBytes, limits.writeBodyLimitBytes),
    // How slowly a client may send, each bound kept by Node's server (docs/http.md, "Limits"):
    // connectionTimeout is the socket's idle timeout: a body that stops arriving for
    // BODY_READ_TIMEOUT_MS is cut, and its buffered part let go (the socket is silent while a
    // request runs too, hence longer than REQUEST_TIMEOUT_MS). requestTimeout: the whole
    // request within RECEIVE_TIMEOUT_MS however it trickles, and headersTimeout: the headers
    // within HEADERS_TIMEOUT_MS; Node answers either 408. keepAliveTimeout stays Fastify's
    // 72 s: how long an idle keep-alive socket is kept between requests.
    connectionTimeout: limits.bodyReadTimeoutMs,
    requestTimeout: limits.receiveTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.receiveTimeoutMs,
      connectionsCheckingInterval: checkEveryMs,
      // Node's own answer to an HTTP/1.1 request without Host is a bare 400; host-header.ts says why.
      requireHostHeader: false,
    },
    clientErrorHandler: clientErrorHandler(limits),
  });
  // Past it Node closes a new connection as it arrives: what many slow clients can hold is bounded.
  fastify.server.maxConnections = limits.maxConnections;
  // Once closing, responses still in flight tell keep-alive clients to hang up, so close()
  // need not wait out their idle sockets.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  // Callback hooks, not async ones: every answer passes here, cache hits too.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  registerErrorHandler(fastify, limits.bodyLimitBytes, limits.writeBodyLimitBytes);
  // After CORS, so that a browser can read their refusals.
  await registerCors(fastify, options.corsOrigins ?? '*');
  registerHostCheck(fastify);
  registerHeadAsGet(fastify, '/graphql');
  registerIdentityBodiesOnly(fastify);
  registerBodyLimits(fastify, store, {
    readLimitBytes: limits.bodyLimitBytes,
    writeLimitBytes: limits.writeBodyLimitBytes,
  });
  registerEarlyAnswers(fastify);
  const { enabled: cacheResponses, maxBytes } = options.responseCache ?? loadResponseCache();
  const responseCache = cacheResponses ? await RouteCache.start(store, maxBytes) : undefined;
  registerStrictJsonParser(fastify, responseCache?.shortcut);
  fastify.addHook('onClose', async () => responseCache?.close());

  const schema = await getSchema();
  const apollo = new ApolloServer<Context>({
    ...(options.executor === 'graphql-js' ? { schema } : { gateway: jitGateway(schema) }),
    introspection: true, // the playground needs it, in production too
    // Apollo's own warnings (a document too deep to size for its store, say) go to pino with the rest.
    logger: fastify.log,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    formatError: createFormatError({ production: options.production }),
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: limits.maxSelections,
    validationRules: limitRules(limits),
    // GET can only run queries (Apollo answers a mutation over GET with 405) and POST must be
    // JSON, which no cross-site form can send without a preflight; with no cookies to ride on,
    // Apollo's extra header requirement would only break plain GET clients (docs/http.md, "CORS").
    csrfPrevention: false,
    allowBatchedHttpRequests: false,
    plugins: [
      fastifyApolloDrainPlugin(fastify),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin, on by default, wraps every field resolver to collect
      // cache hints; nothing reads them until the response cache has its hints, so off.
      ApolloServerPluginCacheControlDisabled(),
      playgroundPlugin(),
      clientInputPlugin(), // before the cost plugin: its refusal is the one reported
      costPlugin(limits.maxCost, limits.maxSelections * 4),
      errorLogPlugin(),
      graphqlOverHttpPlugin(),
      partialSuccessPlugin(),
      ...(responseCache ? [responseCache.plugin()] : []),
    ],
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  // One extraction worker for the process, started by the first draft; stopped as the app closes.
  const extractor = new ExtractorThread({ timeoutMs: limits.extractTimeoutMs, log: fastify.log });
  fastify.addHook('onClose', async () => extractor.close());

  registerGraphQLRoute(fastify, apollo, {
    store,
    timeoutMs: limits.requestTimeoutMs,
    maxQueryLength: limits.maxQueryLength,
    maxCost: limits.maxCost,
    // In memory, per process: with several replicas a key may write that many times on each.
    writeLimiter: new RateLimiterMemory({ points: limits.writeRateLimit, duration: 60 }),
    // Read on the first draft at each graph version; the log line is how often that happens.
    knownEntities: new KnownEntitiesCache(store, (read) => fastify.log.info(read, 'known entities read')),
    extractor,
    responseCache,
  });
  registerHealthRoutes(fastify, store);
  await registerWebAssets(fastify); // the explorer and playground built from web/
  return { fastify, apollo };
}
