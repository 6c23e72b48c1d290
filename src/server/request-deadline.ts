import type { CommitGate } from '../store/commit-gate';

/**
 * A request's deadline and its writes. Two signals: `work` refuses every store call of the
 * request (it was answered without them); `signal`, the writes' (`CommitGate`), stops writes
 * only. At the deadline writes stop; then either no write of the request has begun to commit,
 * and the request is answered as timed out with all its work stopped, or one has, and the
 * answer waits for the request to finish, reads and all, so that it reports the write. Both
 * sides decide synchronously (`mayCommit` right before COMMIT, `expire` at the deadline), so
 * there is no moment in which a write commits and its request is answered as timed out.
 */
export class RequestDeadline implements CommitGate {
  private readonly work = new AbortController();
  private readonly writes = new AbortController();
  private committed = false;

  /** Aborted once the request is answered without its work: the store then refuses it (`storeUntil`). */
  get workSignal(): AbortSignal {
    return this.work.signal;
  }

  get signal(): AbortSignal {
    return this.writes.signal;
  }

  mayCommit(): boolean {
    if (this.writes.signal.aborted) return false;
    this.committed = true;
    return true;
  }

  /** The deadline passed: writes stop. True when nothing committed, and the request may be answered as timed out now. */
  expire(reason: Error): boolean {
    this.writes.abort(reason);
    if (this.committed) return false;
    this.work.abort(reason);
    return true;
  }

  /** The client left: everything stops (a commit under way still finishes: no one hears of it either way). */
  abandon(reason: Error): void {
    this.writes.abort(reason);
    this.work.abort(reason);
  }
}
