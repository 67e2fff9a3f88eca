import { LmbError } from "@lmb/errors";
import { polynomialRegression } from "@lmb/numerics";
import { movingAverage } from "./smoothing.js";
import type { PreparedTransient } from "./transientInput.js";

/** Where the current maximum of a transient is, and how it was found. */
export interface TransientMaximum {
  /** Peak current density j_m, A m⁻² (baseline removed, smoothed). */
  jm: number;
  /** Time of the peak t_m, s (refined by a least-squares cubic in ln t over the top 15 %). */
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
 * Refines the peak by a least-squares cubic in ln t through the raw data whose smoothed value
 * is within 15 % of the maximum (the flat top of the transient), so noise on single samples does
 * not move t_m. A cubic, not a parabola, because the Scharifker–Hills peaks are skewed in ln t
 * (a parabola read t_m 1.5 % early on noise-free instantaneous transients). Falls back to the
 * smoothed maximum when the band is too narrow or the cubic has no maximum inside it.
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
  while (lo > spikeEnd && (smoothed[lo - 1] as number) >= 0.85 * top) lo--;
  while (hi < time.length - 1 && (smoothed[hi + 1] as number) >= 0.85 * top) hi++;
  const fallback = { tm: time[index] as number, jm: top };
  if (hi - lo < 6) return fallback;
  const u0 = Math.log(time[index] as number);
  const u: number[] = [];
  const y: number[] = [];
  for (let i = lo; i <= hi; i++) {
    u.push(Math.log(time[i] as number) - u0);
    y.push(current[i] as number);
  }
  let c: number[];
  try {
    c = Array.from(polynomialRegression(u, y, 3).coefficients);
  } catch {
    return fallback;
  }
  const [c0, c1, c2, c3] = c as [number, number, number, number];
  const value = (v: number) => c0 + v * (c1 + v * (c2 + v * c3));
  // Stationary points of the cubic: 3c3·v² + 2c2·v + c1 = 0; keep the maximum inside the band.
  const uLo = u[0] as number;
  const uHi = u[u.length - 1] as number;
  const candidates: number[] = [];
  if (Math.abs(c3) < 1e-300) {
    if (c2 < 0) candidates.push(-c1 / (2 * c2));
  } else {
    const disc = c2 * c2 - 3 * c3 * c1;
    if (disc >= 0) {
      const r = Math.sqrt(disc);
      candidates.push((-c2 + r) / (3 * c3), (-c2 - r) / (3 * c3));
    }
  }
  const maxima = candidates.filter((v) => v > uLo && v < uHi && 6 * c3 * v + 2 * c2 < 0);
  if (maxima.length === 0) return fallback;
  const best = maxima.reduce((a, b) => (value(a) >= value(b) ? a : b));
  return { tm: Math.exp(u0 + best), jm: value(best) };
}

/**
 * Finds the nucleation maximum (t_m, j_m) of a deposition transient (positive current density):
 * smooths with a centred moving average, skips the double-layer charging spike (the initial
 * stretch over which the smoothed current falls), takes the largest smoothed value after it and
 * refines (t_m, j_m) with a least-squares cubic in ln t over the raw points of the flat top.
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
