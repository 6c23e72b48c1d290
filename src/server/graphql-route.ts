import type { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { resolveViewer } from '../auth/viewer';
import { LimitExceededError } from '../errors/limit-exceeded.error';
import { RequestTimeoutError } from '../errors/request-timeout.error';
import type { ExtractorThread } from '../drafts/extractor-thread';
import type { KnownEntitiesCache } from '../drafts/known-entities-cache';
import type { GraphStore } from '../store/graph-store';
import { NO_STORE } from './cache/http-caching';
import type { RouteCache } from './cache/route-cache';
import { type Context, createContext } from './context';
import { fullTurn } from '../time-slices';
import { RequestDeadline } from './request-deadline';

/** A body this large takes tens of milliseconds to parse, and as long again to check. */
const LARGE_BODY_BYTES = 1_048_576;

export interface GraphQLRouteOptions {
  store: GraphStore;
  timeoutMs: number;
  maxQueryLength: number;
  maxCost: number;
  writeLimiter: RateLimiterAbstract;
  knownEntities: KnownEntitiesCache;
  extractor: ExtractorThread;
  /** Absent when `RESPONSE_CACHE=off`: every answer is then computed, and says `no-store`. */
  responseCache?: RouteCache;
}

/**
 * `/graphql`, Apollo's handler behind two guards Apollo has no setting for: the query text's
 * length is checked before it is parsed, and a deadline answers a request that runs too long
 * with an error and aborts its signal, so the store refuses the rest of its work. A request
 * whose write committed before the deadline is answered with that write instead, once its
 * reads are done (`RequestDeadline`): an answer of REQUEST_TIMEOUT means nothing was written.
 * The response cache answers first: a hit sends stored bytes without Apollo, its context or
 * its deadline.
 */
export function registerGraphQLRoute(
  fastify: FastifyInstance,
  apollo: ApolloServer<Context>,
  options: GraphQLRouteOptions,
): void {
  const deadlines = new WeakMap<FastifyRequest, RequestDeadline>();
  const contexts = new WeakMap<FastifyRequest, Context>();
  const { responseCache } = options;
  const apolloHandler = fastifyApolloHandler(apollo, {
    context: async (request) => {
      const deadline = deadlines.get(request);
      const context = createContext(options.store, {
        signal: deadline?.workSignal,
        gate: deadline,
        requestId: request.id,
        log: request.log,
        // Resolved before the body was read (body-limits.ts); looked up here only if that did not run.
        viewer: request.viewer ?? (await resolveViewer(options.store, request.headers.authorization)),
        writeLimiter: options.writeLimiter,
        knownEntities: options.knownEntities,
        extractor: options.extractor,
      });
      contexts.set(request, context);
      return context;
    },
  });
  fastify.route({
    method: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    url: '/graphql',
    preHandler: (request, reply, done) => {
      const length = queryLength(request);
      if (length <= options.maxQueryLength) return done();
      const error = new LimitExceededError(
        'queryLength',
        `The query is ${length} characters long, over the limit of ${options.maxQueryLength}`,
        413,
      );
      reply.code(413).send(errorBody(error, options.maxCost));
    },
    handler: async (request, reply) => {
      const found = responseCache?.lookup(request);
      const lookup = (found instanceof Promise ? await found : found) ?? null;
      const hit = lookup && responseCache?.answer(lookup, request, reply);
      if (hit) return hit;
      const deadline = new RequestDeadline();
      deadlines.set(request, deadline);
      // The client hanging up before its answer stops the work as surely as the deadline does.
      const onClose = () => {
        if (!reply.raw.writableFinished) deadline.abandon(new Error('the client closed the connection'));
      };
      reply.raw.once('close', onClose);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
      });
      try {
        // A large body was parsed in the task that read its end (50 ms for 7 MB): the event loop
        // turns before Apollo's checks of it start another, so the two do not make one pause.
        if (Number(request.headers['content-length']) > LARGE_BODY_BYTES) await fullTurn();
        const answer = apolloHandler.call(fastify, request as FastifyRequest<never>, reply as never);
        let result = await Promise.race([answer, timeout]);
        if (result === 'timeout') {
          const error = new RequestTimeoutError(options.timeoutMs);
          if (deadline.expire(error)) {
            // Nothing of the request committed, and nothing will: its writes stop and roll back.
            request.log.warn({ timeoutMs: options.timeoutMs }, 'request timed out');
            return reply
              .code(503)
              .header('content-type', 'application/json; charset=utf-8')
              .header('cache-control', NO_STORE)
              .send(errorBody(error, options.maxCost));
          }
          // A write of the request committed (or is committing): the answer must say so, so it
          // waits for the request's reads. Writes not yet committing stop, and report the timeout.
          request.log.warn(
            { timeoutMs: options.timeoutMs },
            'request timed out after a write committed: answering with the write',
          );
          result = await answer;
        }
        if (responseCache) responseCache.answered(lookup, request, reply, result, contexts.get(request));
        else reply.header('cache-control', NO_STORE);
        return result;
      } finally {
        clearTimeout(timer);
        reply.raw.off('close', onClose);
      }
    },
  });
}

function queryLength(request: FastifyRequest): number {
  const source = request.method === 'POST' ? request.body : request.query;
  const query = (source as { query?: unknown } | null)?.query;
  return typeof query === 'string' ? query.length : 0;
}

function errorBody(error: LimitExceededError | RequestTimeoutError, maxCost: number) {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return {
    errors: [{ message: error.message, extensions }],
    extensions: { cost: { requested: null, limit: maxCost } },
  };
}
