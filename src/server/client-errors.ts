import { STATUS_CODES, maxHeaderSize } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** Sockets whose request was answered before its body was read; Node goes on reading (and dropping) the rest. */
const answeredEarly = new WeakSet<Socket>();

/**
 * Fastify's `clientErrorHandler`, for what Node refuses before Fastify sees a request: a late
 * request (408), headers too large (431), bytes that are not HTTP (400), answered in GraphQL's
 * shape like every other refusal and logged at debug only, since the mistake is the client's.
 * A request already answered (a 401 or 413 from its headers) is not answered twice when the
 * rest of its body then comes too late: the socket is just closed.
 */
export function clientErrorHandler(timeouts: { headersTimeoutMs: number; receiveTimeoutMs: number }) {
  return function (this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    this.log.debug({ err: error }, 'client error');
    if (answeredEarly.has(socket) || !socket.writable) {
      socket.destroy(error);
      return;
    }
    const [status, message] =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [
            408,
            `The request did not arrive in time: headers within ${timeouts.headersTimeoutMs} ms, all of it within ${timeouts.receiveTimeoutMs} ms`,
          ]
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, `The request headers are over the limit of ${maxHeaderSize} bytes`]
          : [400, `The request is not valid HTTP (${error.code ?? 'unreadable'})`];
    const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    socket.destroySoon();
  };
}

/** Marks the sockets of requests answered before their body was read (see above). */
export function registerEarlyAnswers(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, _reply, done) => {
    const { socket } = request.raw;
    if (!request.raw.complete && socket) {
      answeredEarly.add(socket);
      request.raw.once('end', () => answeredEarly.delete(socket));
    }
    done();
  });
}
