import { connect } from 'node:net';

/** What a raw exchange saw: every byte the server sent, and when (ms after connecting). */
export interface RawExchange {
  response: string;
  /** When the server's first byte came; Infinity if none did. */
  answeredAfterMs: number;
  /** When the server closed the socket; Infinity if it had not when the client gave up. */
  closedAfterMs: number;
  /** The status line's code, or 0 when the server closed without answering. */
  status: number;
}

/**
 * Speaks HTTP over a bare socket, as a slow or broken client would: writes each part after
 * its delay, never ends its side, and waits for the server to answer or hang up. Gives up
 * (and says so with `closedAfterMs: Infinity`) after `giveUpMs`.
 */
export function rawExchange(
  port: number,
  parts: { afterMs?: number; data: string | Buffer }[],
  giveUpMs = 5000,
): Promise<RawExchange> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timers: NodeJS.Timeout[] = [];
    let answeredAfterMs = Infinity;
    let gaveUp = false;
    socket.on('data', (chunk: Buffer) => {
      if (chunks.length === 0) answeredAfterMs = performance.now() - started;
      chunks.push(chunk);
    });
    socket.on('error', () => {}); // a reset is one of the ways a server hangs up
    socket.on('close', () => {
      timers.forEach(clearTimeout);
      const closedAfterMs = gaveUp ? Infinity : performance.now() - started;
      const response = Buffer.concat(chunks).toString('latin1');
      resolve({
        response,
        answeredAfterMs,
        closedAfterMs,
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1] ?? 0),
      });
    });
    socket.on('connect', () => {
      let at = 0;
      for (const part of parts) {
        at += part.afterMs ?? 0;
        timers.push(setTimeout(() => socket.writable && socket.write(part.data), at));
      }
    });
    timers.push(
      setTimeout(() => {
        gaveUp = true;
        socket.destroy();
      }, giveUpMs),
    );
  });
}
