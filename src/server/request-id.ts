import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a client's own id may look like: it is echoed in `x-request-id` and written to every log line. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's `genReqId`: the client's `x-request-id` when it is a short safe token, so a
 * caller can follow its request through the logs; anything else (kilobytes, spaces, control
 * characters) gets a new UUID instead of being echoed verbatim.
 */
export function requestId(request: IncomingMessage): string {
  const sent = request.headers['x-request-id'];
  return typeof sent === 'string' && SAFE_ID.test(sent) ? sent : randomUUID();
}
