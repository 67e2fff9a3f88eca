import { LmbError } from "@lmb/errors";

/** Progress reporting and cancellation of a Monte Carlo loop over runs. */
export interface RunProgressOptions {
  /** Called after each run with (done, total), done = 1 … total; return false to cancel (`E_CANCELLED`). */
  onProgress?: ((done: number, total: number) => unknown) | undefined;
  /** Checked before each run: once aborted, the loop stops with `E_CANCELLED`. */
  signal?: AbortSignal | undefined;
}

function cancelled(done: number, total: number): LmbError {
  return new LmbError("E_CANCELLED", `cancelled after ${done} of ${total} runs`, {
    fix: "run again without cancelling (no partial result is returned)",
  });
}

/**
 * Before run `done` (0-based) of `total`: throws when the signal has been aborted.
 *
 * @throws LmbError `E_CANCELLED`
 * @example
 * for (let r = 0; r < runs; r++) { checkCancelled(options, r, runs); … }
 */
export function checkCancelled(options: RunProgressOptions, done: number, total: number): void {
  if (options.signal?.aborted === true) throw cancelled(done, total);
}

/**
 * After a run: reports (done, total) and throws when the callback asks to stop.
 *
 * @throws LmbError `E_CANCELLED` when `onProgress` returns false
 * @example
 * reportRun(options, r + 1, runs);
 */
export function reportRun(options: RunProgressOptions, done: number, total: number): void {
  if (options.onProgress?.(done, total) === false) throw cancelled(done, total);
}
