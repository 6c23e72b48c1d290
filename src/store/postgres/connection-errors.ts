import { ServiceUnavailableError } from '../../errors/service-unavailable.error';
import type { GraphStore } from '../graph-store';
import { wrapStore } from '../wrap-store';

/** Socket errors and PostgreSQL's "connection" and "shutting down" SQLSTATEs (classes 08 and 57P). */
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
]);
/** What pg says, without a code, when a connection drops or none can be had in time. */
const MESSAGES =
  /connection terminated|connection ended|timeout exceeded when trying to connect|client has encountered a connection error|not queryable|connection is closed/i;

/** True when `error` says the server cannot be reached, not that a statement failed. */
export function isConnectionError(error: unknown): boolean {
  // Read by shape, not instanceof: socket errors are made by Node's own Error, which under
  // jest is another realm's.
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && (CODES.has(code) || code.startsWith('08'))) return true;
  if (Array.isArray(errors) && errors.some(isConnectionError)) return true;
  return typeof message === 'string' && MESSAGES.test(message);
}

/**
 * The store with every method's connection failure turned into `ServiceUnavailableError`, so
 * callers get SERVICE_UNAVAILABLE rather than an internal error with a driver message. The
 * same object otherwise, so it keeps its type.
 */
export function withConnectionErrors<T extends GraphStore>(store: T): T {
  return wrapStore(store, ({ proceed }) =>
    proceed().catch((error: unknown) => {
      throw isConnectionError(error) ? new ServiceUnavailableError(error) : error;
    }),
  ) as T;
}
