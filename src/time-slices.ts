import { setImmediate as nextTurn } from 'node:timers/promises';

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

/** Runs `steps` to the end, never pausing (start-up, seeds, tests). */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps` to the end, letting the event loop turn whenever a slice of `sliceMs` is used up. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  const pace = pacer(sliceMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const turn = pace();
    if (turn) await turn;
  }
}

/**
 * For async loops: `await pace()` between pieces of work lets the event loop turn once a slice
 * of `sliceMs` has passed since the last turn, and costs a clock read otherwise.
 */
export function pacer(sliceMs = SLICE_MS): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    return nextTurn().then(() => {
      sliceStart = performance.now();
    });
  };
}
