import { WritesBusyError } from '../errors/writes-busy.error';

/**
 * Writes of one process take turns here, one at a time, before any takes a connection: on
 * PostgreSQL a write waiting for the write lock inside a transaction holds a pool connection
 * the whole time, and writes queued that way starved the readers of the pool (a plain read
 * waited 3.4 s). The database's own write lock stays, for other processes. At most `limit`
 * writes wait (more are refused, `WritesBusyError`); a write whose request is answered while it
 * waits (`signal`) leaves the queue.
 */
export class WriteQueue {
  private busy = false;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Resolves once it is this write's turn; call `release` when it is done. */
  async turn(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (!this.busy) {
      this.busy = true;
      return;
    }
    if (this.waiting.length >= this.limit) throw new WritesBusyError(this.waiting.length);
    await new Promise<void>((resolve, reject) => {
      const start = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        this.waiting.splice(this.waiting.indexOf(start), 1);
        const reason: unknown = signal!.reason;
        reject(reason instanceof Error ? reason : new Error('the write was abandoned while it waited'));
      };
      signal?.addEventListener('abort', leave, { once: true });
      this.waiting.push(start);
    });
  }

  /** Hands the turn to the next write waiting, if any. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }

  get queued(): number {
    return this.waiting.length;
  }
}
