import { Client } from 'pg';
import type { VersionListener } from '../version-listener';
import { GRAPH_VERSION_CHANNEL } from './migrations/0004-version-notify';

/** Waits between attempts to reopen a lost listening connection, doubling up to the last. */
const RECONNECT_DELAYS_MS = [100, 200, 500, 1_000, 2_000];

/**
 * One connection of its own (a pooled one would be handed to queries) that LISTENs for the
 * graph version every write transaction notifies. `onVersion(null)` says the connection was
 * lost: notifications may be missed until it is back, so the version is unknown. Once it is
 * back, the version is read again (after LISTEN, so no write falls in between) and reported.
 */
export function listenGraphVersion(
  connectionString: string,
  readVersion: () => Promise<number>,
  onVersion: (version: number | null) => void,
): VersionListener {
  let client: Client | null = null;
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;

  const lost = (which: Client) => {
    if (client !== which) return;
    client = null;
    which.removeAllListeners('notification');
    void which.end().catch(() => {});
    onVersion(null);
    if (!closed) schedule();
  };
  const schedule = () => {
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)];
    attempt += 1;
    timer = setTimeout(() => void connect(), delay);
  };
  const connect = async () => {
    // Keep-alive finds a silently dead connection, so the version does not stay trusted on one.
    const next = new Client({ connectionString, connectionTimeoutMillis: 5_000, keepAlive: true });
    client = next;
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      const version = Number(message.payload);
      // A payload that is not a version cannot be trusted to say what changed.
      onVersion(message.channel === GRAPH_VERSION_CHANNEL && Number.isInteger(version) ? version : null);
    });
    try {
      await next.connect();
      await next.query(`listen ${GRAPH_VERSION_CHANNEL}`);
      const version = await readVersion();
      if (client !== next || closed) return;
      attempt = 0;
      onVersion(version);
    } catch {
      lost(next);
    }
  };

  const ready = connect();
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      const last = client;
      client = null;
      if (last) await last.end().catch(() => {});
    },
  };
}
