import type { FastifyInstance } from 'fastify';
import { requestError } from './error-handler';

/** RFC 3986's host (a name, an IPv4 address or a bracketed IPv6 one) and an optional port; no percent-encoding. */
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=]+)(?::\d*)?$/;

/**
 * A request without exactly one valid Host header is answered 400 (RFC 9112, section 3.2),
 * with a message (Node's own check, off in create-app.ts, answers a missing one on HTTP/1.1
 * with a bare 400). An HTTP/1.0 request without one, or a Host that is no host, used to reach
 * Apollo's Fastify integration, whose `new URL` threw: a 500 and an error log for the
 * client's mistake.
 */
export function registerHostCheck(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const { host } = request.headers;
    const raw = request.raw.rawHeaders;
    let lines = 0;
    for (let i = 0; i < raw.length; i += 2) if (raw[i].length === 4 && raw[i].toLowerCase() === 'host') lines++;
    // The pattern keeps to the RFC's characters; URL.canParse is the integration's own test (ports, IPv4 and IPv6 forms).
    if (lines === 1 && host && HOST.test(host) && URL.canParse(`http://${host}/`)) return done();
    const message =
      lines > 1
        ? 'The request has more than one Host header'
        : `The Host header is missing or is not a valid host[:port]`;
    done(requestError(400, message));
  });
}
