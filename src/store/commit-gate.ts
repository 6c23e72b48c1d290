/**
 * What a write asks of the request it runs for. The request may be answered before the write
 * is done (its deadline passed, its client left); the write must then not commit, or the
 * answer must wait for the commit and say so. Both sides decide at one instant, on the one
 * thread: the write calls `mayCommit()` right before COMMIT, the deadline asks whether that
 * happened before it aborts (see `RequestDeadline`).
 */
export interface CommitGate {
  /** Aborted once the request is answered without this write: the write stops and rolls back. */
  readonly signal: AbortSignal;
  /**
   * Called right before COMMIT. False when the request was answered already (roll back);
   * true, and from then on the request's answer waits for this write and reports it.
   */
  mayCommit(): boolean;
}
