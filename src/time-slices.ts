import { setImmediate } from 'node:timers/promises';

/**
 * Work that may pause: a generator that yields wherever it may stop for the event loop, and
 * returns its result. The same steps run at once (`runNow`) or in slices (`runInSlices`).
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * How long work runs before it lets the event loop turn. A request arriving meanwhile waits
 * at most about this long for its turn; each turn costs a few microseconds when nothing waits.
 */
export const SLICE_MS = 10;

/**
 * Resumes after one whole turn of the event loop: its timers, and the I/O that arrived
 * meanwhile (a health check, a read). One `setImmediate` resumes in the same turn's check
 * phase when called from an I/O callback, before any of it: a 7 MB body parsed in one callback
 * and checked right after made one pause of both. Two always let the turn go round.
 */
export async function fullTurn(): Promise<void> {
  await setImmediate();
  await setImmediate();
}

/** Runs `steps` to the end, never pausing (start-up, seeds, tests). */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` to the end, letting the event loop turn whenever a slice of `sliceMs` is used up.
 * Stops, with `signal`'s reason, at the first pause after `signal` is aborted: the work was
 * for a request that has been answered.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  options: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<T> {
  const pace = pacer(options.sliceMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const turn = pace();
    if (turn) {
      await turn;
      options.signal?.throwIfAborted();
    }
  }
}

/**
 * For async loops: `await pace()` between pieces of work lets the event loop turn once a slice
 * of `sliceMs` has passed since the last turn, and costs a clock read otherwise. The first call
 * turns at once: the work may start at the end of a long task (an import starts after its 7 MB
 * body was parsed and checked), which should not run on into the first slice.
 */
export function pacer(sliceMs = SLICE_MS): () => Promise<void> | undefined {
  let sliceStart = -Infinity;
  return () => {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    return fullTurn().then(() => {
      sliceStart = performance.now();
    });
  };
}
