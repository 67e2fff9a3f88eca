import type { BiologicWarning } from "./biologicRaw.js";

/** Backward time steps up to this many seconds are clock jitter and clamped; larger ones are restarts. */
export const TIME_JITTER_S = 1;

/**
 * Makes a time column non-decreasing in place, as every lmb dataset requires (the BioLogic
 * readers, and every cycling dataset through `DatasetBuilder.build`). EC-Lab
 * files occasionally step back by a few ms (time stamps rounded to f32/f64 at technique changes,
 * or a BT-Lab clock adjustment): such steps (≤ {@link TIME_JITTER_S} s) are clamped to the
 * previous time. A larger backward jump is a restart of the clock (appended runs): later points
 * are shifted so that time continues from the last value. Each kind of repair adds one warning
 * (`W_TIME_BACKWARDS`, `W_TIME_RESTART`) with the count and first index. NaN values are left for
 * validation to report.
 *
 * @returns The warnings (empty when the column was already ordered).
 * @example
 * const t = new Float64Array([0, 1, 0.999, 2]);
 * repairTime(t); // t = [0, 1, 1, 2], one W_TIME_BACKWARDS warning
 */
export function repairTime(time: Float64Array): BiologicWarning[] {
  let clamped = 0;
  let firstClamped = -1;
  let restarts = 0;
  let firstRestart = -1;
  let shift = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < time.length; i++) {
    let t = (time[i] as number) + shift;
    if (t < previous) {
      if (previous - t <= TIME_JITTER_S) {
        if (clamped++ === 0) firstClamped = i;
      } else {
        if (restarts++ === 0) firstRestart = i;
        shift += previous - t;
      }
      t = previous;
    }
    time[i] = t;
    if (!Number.isNaN(t)) previous = t;
  }
  const warnings: BiologicWarning[] = [];
  if (clamped > 0) {
    warnings.push({
      code: "W_TIME_BACKWARDS",
      message: `time stepped back by ≤ ${TIME_JITTER_S} s at ${clamped} point(s) (first at index ${firstClamped}); clamped to the previous time`,
    });
  }
  if (restarts > 0) {
    warnings.push({
      code: "W_TIME_RESTART",
      message: `time restarted ${restarts} time(s) (first at index ${firstRestart}); later points were shifted to continue from the last time`,
    });
  }
  return warnings;
}
