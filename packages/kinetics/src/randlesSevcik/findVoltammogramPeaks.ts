import { LmbError } from "@lmb/errors";
import type {
  KineticsWarning,
  VoltammetricPeak,
  Voltammogram,
  VoltammogramPeaksResult,
} from "@lmb/schemas";
import { finiteColumn, requireSameLength } from "../internal/validate.js";
import { type PlotRow, seriesPlot } from "../plots/seriesPlot.js";
import { type Sweep, splitSweeps } from "./splitSweeps.js";

/** Options of {@link findVoltammogramPeaks}. */
export interface FindPeaksOptions {
  /**
   * `"linear"`: a straight line fitted to I against E over the first `baselineFraction` of each
   * sweep (the capacitive region before the peak), extrapolated under the peak. @default "none"
   */
  baseline?: "none" | "linear";
  /** Share of each sweep, from its start, used for the linear baseline (≥ 3 points). @default 0.15 */
  baselineFraction?: number;
  /**
   * Points at each end of a sweep that cannot be a peak, as a share of the sweep (at least 2
   * points). @default 0.05
   */
  edgeFraction?: number;
}

const RULE =
  "sweeps split where the potential turns; in each rising (anodic) sweep the interior local maximum of I − baseline, in each falling (cathodic) sweep the interior local minimum (a local extremum over ±2 points, not within 5 % of the sweep's ends nor its first or last 2 points, where the current is set by the vertex, not by diffusion); sweeps run across cycle boundaries and a peak belongs to the cycle of its point";

/**
 * Finds the anodic and cathodic current peak of every cycle of a voltammogram: sweeps split at
 * the potential vertices over the whole file ({@link splitSweeps}), in each sweep the interior
 * local extremum of I − baseline with the largest magnitude, and each peak filed under the cycle
 * (the dataset's `cycle` column, or 1) of its point — instruments may start a new cycle number
 * in the middle of a sweep. A sweep whose current only grows towards its vertex (no interior extremum)
 * has no peak; the result says so in its warnings rather than return the vertex current.
 *
 * @param voltammogram - a `Voltammogram` dataset (E in V, I in A)
 * @param options - baseline ("none" or "linear"), baseline and edge fractions
 * @returns per cycle the anodic and cathodic peak (E_p, I, baseline, I_p in SI), warnings and a plot
 * @throws LmbError `E_INSUFFICIENT_DATA` (fewer than 5 points), `E_NON_FINITE_DATA`, `E_LENGTH_MISMATCH`
 * @example
 * const { cycles } = findVoltammogramPeaks(cv, { baseline: "linear" });
 * cycles[0]?.anodic?.peakCurrent; // A
 */
export function findVoltammogramPeaks(
  voltammogram: Voltammogram,
  options: FindPeaksOptions = {},
): VoltammogramPeaksResult {
  const baseline = options.baseline ?? "none";
  const baselineFraction = options.baselineFraction ?? 0.15;
  const edgeFraction = options.edgeFraction ?? 0.05;
  const potential = finiteColumn(voltammogram.columns.potential, "potential");
  const current = finiteColumn(voltammogram.columns.current, "current");
  requireSameLength(potential, current, ["potential", "current"]);
  if (potential.length < 5) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `the voltammogram has ${potential.length} points; at least 5 are needed`,
      {
        fix: "give a voltammogram with a full sweep",
      },
    );
  }
  const cycleColumn = voltammogram.columns.cycle;
  const cycleOf = (i: number) => (cycleColumn === undefined ? 1 : (cycleColumn[i] as number));
  // whole sweeps across the file (an instrument may start a new cycle number mid-sweep); a
  // peak belongs to the cycle of its point
  const cycleNumbers: number[] = [];
  for (let i = 0; i < potential.length; i++) {
    const c = cycleOf(i);
    if (!Number.isNaN(c) && !cycleNumbers.includes(c)) cycleNumbers.push(c);
  }
  const entries = new Map<number, VoltammogramPeaksResult["cycles"][number]>(
    cycleNumbers.map((cycle) => [cycle, { cycle }]),
  );
  for (const sweep of splitSweeps(potential, 0, potential.length - 1)) {
    const peak = sweepPeak(potential, current, sweep, baseline, baselineFraction, edgeFraction);
    if (peak === undefined) continue;
    const entry = entries.get(cycleOf(peak.index));
    if (entry === undefined) continue;
    const previous = entry[peak.sweep];
    if (previous === undefined || Math.abs(peak.peakCurrent) > Math.abs(previous.peakCurrent)) {
      entry[peak.sweep] = peak;
    }
  }
  const warnings: KineticsWarning[] = [];
  const cycles = [...entries.values()];
  for (const entry of cycles) {
    for (const key of ["anodic", "cathodic"] as const) {
      if (entry[key] === undefined) {
        warnings.push({
          code: "W_NO_PEAK",
          message: `cycle ${entry.cycle}: no ${key} peak (the current has no interior ${key === "anodic" ? "maximum" : "minimum"} in any ${key} sweep)`,
        });
      }
    }
  }
  const lines: PlotRow[] = Array.from(potential, (e, i) => ({
    x: e,
    y: (current[i] as number) * 1e3,
    series: `cycle ${cycleColumn === undefined ? 1 : cycleColumn[i]}`,
    order: i,
  }));
  const points: PlotRow[] = cycles.flatMap((c) =>
    (["anodic", "cathodic"] as const).flatMap((k) => {
      const p = c[k];
      return p ? [{ x: p.potential, y: p.current * 1e3, series: `${k} peak` }] : [];
    }),
  );
  return {
    analysis: "voltammogram-peaks",
    baseline,
    rule:
      baseline === "linear"
        ? `${RULE}; linear baseline fitted to I against E over ${baselineFraction * 100} % of each sweep, starting after its excluded first points`
        : RULE,
    cycles,
    warnings,
    plot: seriesPlot({
      title: "Voltammogram peaks",
      xTitle: "E (V)",
      yTitle: "I (mA)",
      points,
      lines,
      maximumPoints: 5000,
    }),
  };
}

function sweepPeak(
  potential: Float64Array,
  current: Float64Array,
  sweep: Sweep,
  baseline: "none" | "linear",
  baselineFraction: number,
  edgeFraction: number,
): VoltammetricPeak | undefined {
  const length = sweep.end - sweep.start + 1;
  if (length < 5) return undefined;
  let slope = 0;
  let offset = 0;
  const edge = Math.max(2, Math.ceil(edgeFraction * length));
  if (baseline === "linear") {
    // after the vertex transient (the first `edge` points), over baselineFraction of the sweep
    const first = sweep.start + edge;
    const count = Math.min(
      Math.max(3, Math.round(baselineFraction * length)),
      sweep.end + 1 - first,
    );
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let i = first; i < first + count; i++) {
      const x = potential[i] as number;
      const y = current[i] as number;
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    const d = count * sxx - sx * sx;
    slope = d > 0 ? (count * sxy - sx * sy) / d : 0;
    offset = (sy - slope * sx) / count;
  }
  const net = (i: number) => (current[i] as number) - (offset + slope * (potential[i] as number));
  const half = 2;
  let best = -1;
  for (let i = sweep.start + edge; i <= sweep.end - edge; i++) {
    const v = sweep.direction * net(i);
    let extremum = true;
    for (let k = -half; k <= half && extremum; k++) {
      const m = i + k;
      if (k === 0 || m < sweep.start || m > sweep.end) continue;
      if (sweep.direction * net(m) > v) extremum = false;
    }
    if (extremum && (best < 0 || v > sweep.direction * net(best))) best = i;
  }
  if (best < 0 || !(sweep.direction * net(best) > 0)) return undefined;
  const base = offset + slope * (potential[best] as number);
  return {
    sweep: sweep.direction > 0 ? "anodic" : "cathodic",
    index: best,
    potential: potential[best] as number,
    current: current[best] as number,
    baselineCurrent: base,
    peakCurrent: (current[best] as number) - base,
  };
}
