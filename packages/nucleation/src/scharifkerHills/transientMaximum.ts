import { LmbError } from "@lmb/errors";
import { movingAverage } from "./smoothing.js";
import type { PreparedTransient } from "./transientInput.js";

/** Where the current maximum of a transient is, and how it was found. */
export interface TransientMaximum {
  /** Peak current density j_m, A m⁻² (baseline removed, smoothed). */
  jm: number;
  /** Time of the peak t_m, s (refined by a least-squares parabola in ln t over the top 7 %). */
  tm: number;
  /** Index of the sample nearest the peak. */
  index: number;
  /** First index after the double-layer charging spike (0 when the transient starts rising). */
  spikeEnd: number;
  /** Moving-average window used, in points. */
  window: number;
  /** The smoothed current density, A m⁻². */
  smoothed: Float64Array;
}

/** Options of {@link findTransientMaximum}. */
export interface TransientMaximumOptions {
  /** Moving-average window in points. @default max(3, ⌊n/200⌋ made odd) */
  window?: number;
}

/**
 * Refines the peak by least squares of a parabola in ln t through the raw data whose smoothed
 * value is within 7 % of the maximum (the flat top of the transient), so noise on single
 * samples does not move t_m. Falls back to the smoothed maximum when the band is too narrow.
 */
function refinePeak(
  time: Float64Array,
  current: Float64Array,
  smoothed: Float64Array,
  index: number,
  spikeEnd: number,
): { tm: number; jm: number } {
  const top = smoothed[index] as number;
  let lo = index;
  let hi = index;
  while (lo > spikeEnd && (smoothed[lo - 1] as number) >= 0.93 * top) lo--;
  while (hi < time.length - 1 && (smoothed[hi + 1] as number) >= 0.93 * top) hi++;
  const fallback = { tm: time[index] as number, jm: top };
  if (hi - lo < 4) return fallback;
  const u0 = Math.log(time[index] as number);
  // Normal equations of y = a + b·u + c·u², u = ln t − ln t_index.
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    y0 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = lo; i <= hi; i++) {
    const u = Math.log(time[i] as number) - u0;
    const y = current[i] as number;
    const u2 = u * u;
    s0 += 1;
    s1 += u;
    s2 += u2;
    s3 += u2 * u;
    s4 += u2 * u2;
    y0 += y;
    y1 += y * u;
    y2 += y * u2;
  }
  const det = s0 * (s2 * s4 - s3 * s3) - s1 * (s1 * s4 - s3 * s2) + s2 * (s1 * s3 - s2 * s2);
  if (!(Math.abs(det) > 0)) return fallback;
  const a = (y0 * (s2 * s4 - s3 * s3) - s1 * (y1 * s4 - s3 * y2) + s2 * (y1 * s3 - s2 * y2)) / det;
  const b = (s0 * (y1 * s4 - y2 * s3) - y0 * (s1 * s4 - s3 * s2) + s2 * (s1 * y2 - y1 * s2)) / det;
  const c = (s0 * (s2 * y2 - s3 * y1) - s1 * (s1 * y2 - s2 * y1) + y0 * (s1 * s3 - s2 * s2)) / det;
  if (!(c < 0)) return fallback;
  const u = -b / (2 * c);
  const uLo = Math.log(time[lo] as number) - u0;
  const uHi = Math.log(time[hi] as number) - u0;
  if (!(u > uLo && u < uHi)) return fallback;
  return { tm: Math.exp(u0 + u), jm: a + b * u + c * u * u };
}

/**
 * Finds the nucleation maximum (t_m, j_m) of a deposition transient (positive current density):
 * smooths with a centred moving average, skips the double-layer charging spike (the initial
 * stretch over which the smoothed current falls), takes the largest smoothed value after it and
 * refines (t_m, j_m) with a least-squares parabola in ln t over the raw points of the flat top.
 *
 * Source: the recipe of shared/research/theory.md §1.5 (smooth, exclude charging, local
 * parabola in log t).
 *
 * @throws LmbError `E_NO_MAXIMUM` when the current never rises after the spike or still rises at
 *   the end of the record.
 * @example
 * findTransientMaximum(prepareTransient(t, j)).tm;
 */
export function findTransientMaximum(
  transient: Pick<PreparedTransient, "time" | "current">,
  options: TransientMaximumOptions = {},
): TransientMaximum {
  const { time, current } = transient;
  const n = time.length;
  let window = options.window ?? Math.max(3, Math.floor(n / 200));
  if (window % 2 === 0) window += 1;
  const smoothed = movingAverage(current, window);
  let spikeEnd = 0;
  while (spikeEnd < n - 1 && (smoothed[spikeEnd + 1] as number) <= (smoothed[spikeEnd] as number)) {
    spikeEnd++;
  }
  let index = spikeEnd;
  for (let i = spikeEnd; i < n; i++)
    if ((smoothed[i] as number) > (smoothed[index] as number)) index = i;
  const edge = Math.max(2, Math.floor(window / 2));
  if (spikeEnd >= n - 1 || index <= spikeEnd || index >= n - edge) {
    throw new LmbError(
      "E_NO_MAXIMUM",
      index >= n - edge && spikeEnd < n - 1
        ? "the current still rises at the end of the record: no nucleation maximum"
        : "the current never rises after the charging spike: no nucleation maximum",
      {
        fix: "record the transient longer (past the maximum), or check that the step potential causes nucleation",
      },
    );
  }
  const { tm, jm } = refinePeak(time, current, smoothed, index, spikeEnd);
  return { jm, tm, index, spikeEnd, window, smoothed };
}
