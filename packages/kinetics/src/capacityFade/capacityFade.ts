import { LmbError } from "@lmb/errors";
import { linearRegression } from "@lmb/numerics";
import type { CapacityFadeResult, KineticsWarning } from "@lmb/schemas";
import { parseUnit } from "@lmb/units";
import { estimateJson, quantityJson } from "../internal/estimate.js";
import { linearGoodnessOfFit } from "../internal/goodnessOfFit.js";
import {
  finiteColumn,
  requireConfidenceLevel,
  requirePoints,
  requireSameLength,
} from "../internal/validate.js";
import { type PlotRow, seriesPlot } from "../plots/seriesPlot.js";

/** Capacities per cycle, in SI (C, or C kg⁻¹ for specific capacities). */
export interface CapacitySeries {
  /** Cycle numbers, increasing. @default 1, 2, 3, … */
  cycle?: ArrayLike<number>;
  /** Capacity of each cycle, SI (> 0). */
  capacity: ArrayLike<number>;
}

/** Options of {@link capacityFade}. */
export interface CapacityFadeOptions {
  /** Unit the capacities are shown in (same dimension as the data). @default "mAh" */
  capacityUnit?: string;
  /** The cycle whose capacity is 100 %. @default the first cycle */
  referenceCycle?: number;
  /** Retention threshold for the cycle life. @default 0.8 */
  threshold?: number;
  /** N of "retention after N cycles". @default last cycle − reference cycle */
  cycles?: number;
  /** Level of the confidence intervals. @default 0.95 */
  confidenceLevel?: number;
}

/**
 * Capacity fade of a cell (SCIENCE.md §7): retention after N cycles Q(n_ref + N)/Q(n_ref), fade
 * per cycle from a straight line Q = a + b·n (−b/Q_ref) and from a geometric decay Q = Q₀·r^n
 * (1 − r, from ln Q against n), both by `linearRegression` of `@lmb/numerics` with Student-t
 * intervals, over the cycles from the reference on. Cycles to the threshold (80 %): the first
 * cycle at which retention falls to the threshold, interpolated linearly between cycles;
 * when the data end above it the result is **censored** — it gives the last cycle measured as a
 * lower bound and, separately, where each fit would cross (extrapolations, not observations).
 *
 * @param data - cycle numbers and capacities (SI)
 * @param options - display unit, reference cycle, threshold, N, confidence level
 * @returns retention, fade per cycle (%), cycles to threshold, fit quality and a plot
 * @throws LmbError `E_INSUFFICIENT_DATA` (fewer than 3 cycles from the reference), `E_INVALID_INPUT`
 *   (non-positive capacity, cycles not increasing, unknown reference cycle, bad threshold),
 *   `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`
 * @example
 * capacityFade({ capacity: discharge }, { capacityUnit: "mAh" }).linear.fadePerCycle.value; // % per cycle
 */
export function capacityFade(
  data: CapacitySeries,
  options: CapacityFadeOptions = {},
): CapacityFadeResult {
  const confidenceLevel = requireConfidenceLevel(options.confidenceLevel ?? 0.95);
  const unit = options.capacityUnit ?? "mAh";
  parseUnit(unit);
  const threshold = options.threshold ?? 0.8;
  if (!(threshold > 0 && threshold < 1)) {
    throw new LmbError("E_INVALID_INPUT", `retention threshold ${threshold} is not in (0, 1)`, {
      location: { source: "threshold" },
      fix: "give a fraction such as 0.8 for 80 %",
    });
  }
  const allCapacity = finiteColumn(data.capacity, "capacity");
  const allCycle =
    data.cycle === undefined
      ? Float64Array.from(allCapacity, (_, i) => i + 1)
      : finiteColumn(data.cycle, "cycle");
  requireSameLength(allCycle, allCapacity, ["cycle", "capacity"]);
  allCapacity.forEach((q, i) => {
    if (!(q > 0)) {
      throw new LmbError("E_INVALID_INPUT", `capacity[${i}] = ${q} is not positive`, {
        location: { source: `capacity[${i}]` },
        fix: "remove cycles without capacity (aborted or empty cycles) before the analysis",
      });
    }
    if (i > 0 && !((allCycle[i] as number) > (allCycle[i - 1] as number))) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `cycle numbers must increase, but cycle[${i}] = ${allCycle[i]} follows ${allCycle[i - 1]}`,
        {
          location: { source: `cycle[${i}]` },
          fix: "give one capacity per cycle, sorted by cycle number",
        },
      );
    }
  });
  const reference = options.referenceCycle ?? (allCycle[0] as number);
  const first = allCycle.indexOf(reference);
  if (first < 0) {
    throw new LmbError("E_INVALID_INPUT", `there is no cycle ${reference}`, {
      location: { source: "referenceCycle" },
      fix: "choose a reference cycle that is in the data",
    });
  }
  const cycle = allCycle.subarray(first);
  const capacity = allCapacity.subarray(first);
  const n = cycle.length;
  requirePoints(
    n,
    3,
    `the capacity series from cycle ${reference}`,
    "give capacities for three or more cycles",
  );
  const qRef = capacity[0] as number;
  const last = cycle[n - 1] as number;
  const retention = capacity.map((q) => q / qRef);
  const warnings: KineticsWarning[] = [];
  // retention after N cycles (interpolated)
  const cyclesAfter = options.cycles ?? last - reference;
  const target = reference + cyclesAfter;
  if (!(target >= reference && target <= last)) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `retention after ${cyclesAfter} cycles needs cycle ${target}, outside ${reference}–${last}`,
      {
        location: { source: "cycles" },
        fix: `give N between 0 and ${last - reference}`,
      },
    );
  }
  const retentionAt = interpolate(cycle, retention, target);
  // fits
  const linear = linearRegression(cycle, capacity, { confidenceLevel, residuals: false });
  const logFit = linearRegression(cycle, capacity.map(Math.log), {
    confidenceLevel,
    residuals: false,
  });
  const fraction = (x: number) => x / qRef;
  const percent = (x: number) => 100 * fraction(x);
  const [bLo, bHi] = linear.slopeInterval;
  const r = Math.exp(logFit.slope);
  const [gLo, gHi] = logFit.slopeInterval;
  // cycles to threshold
  let crossing: number | undefined;
  for (let i = 1; i < n && crossing === undefined; i++) {
    const a = retention[i - 1] as number;
    const b = retention[i] as number;
    if (b <= threshold && a > threshold) {
      const c0 = cycle[i - 1] as number;
      crossing = c0 + ((a - threshold) / (a - b)) * ((cycle[i] as number) - c0);
    }
  }
  const linearCross =
    linear.slope < 0 ? (threshold * qRef - linear.intercept) / linear.slope : undefined;
  const geometricCross =
    logFit.slope < 0 ? (Math.log(threshold * qRef) - logFit.intercept) / logFit.slope : undefined;
  if (crossing === undefined) {
    warnings.push({
      code: "W_CENSORED",
      message: `retention stayed above ${threshold * 100} % up to cycle ${last}: the cycle life is only known to exceed it${linearCross === undefined && geometricCross === undefined ? "" : "; the extrapolations assume the fade continues unchanged"}`,
    });
  }
  if (linear.slope > 0) {
    warnings.push({
      code: "W_CAPACITY_RISING",
      message: "capacity rises over the cycles fitted: no fade to report",
    });
  }
  const points: PlotRow[] = Array.from(cycle, (c, i) => ({
    x: c,
    y: (retention[i] as number) * 100,
    series: "data",
  }));
  const lines: PlotRow[] = [];
  const end = Math.max(last, crossing ?? 0);
  for (const c of [reference, (reference + end) / 2, end]) {
    lines.push({ x: c, y: percent(linear.intercept + linear.slope * c), series: "linear fit" });
  }
  for (let k = 0; k <= 20; k++) {
    const c = reference + ((end - reference) * k) / 20;
    lines.push({
      x: c,
      y: percent(Math.exp(logFit.intercept + logFit.slope * c)),
      series: "geometric fit",
    });
  }
  lines.push({ x: reference, y: threshold * 100, series: `${threshold * 100} % threshold` });
  lines.push({ x: end, y: threshold * 100, series: `${threshold * 100} % threshold` });
  return {
    analysis: "capacity-fade",
    confidenceLevel,
    referenceCycle: reference,
    referenceCapacity: quantityJson(qRef, unit),
    lastCycle: last,
    lastCapacity: quantityJson(capacity[n - 1] as number, unit),
    retention: { cycles: cyclesAfter, cycle: target, value: retentionAt },
    linear: {
      slope: estimateJson(linear.slope, unit, linear.slopeStandardError, linear.slopeInterval),
      fadePerCycle: estimateJson(
        -fraction(linear.slope),
        "%",
        fraction(linear.slopeStandardError),
        [-fraction(bHi), -fraction(bLo)],
      ),
      goodnessOfFit: linearGoodnessOfFit(linear, quantityJson(qRef, unit).siUnit, 2),
    },
    geometric: {
      ratio: estimateJson(r, "1", r * logFit.slopeStandardError, [Math.exp(gLo), Math.exp(gHi)]),
      fadePerCycle: estimateJson(1 - r, "%", r * logFit.slopeStandardError, [
        1 - Math.exp(gHi),
        1 - Math.exp(gLo),
      ]),
      goodnessOfFit: linearGoodnessOfFit(logFit, "ln(capacity)", 2),
    },
    threshold,
    cyclesToThreshold: {
      censored: crossing === undefined,
      ...(crossing === undefined ? { atLeast: last } : { cycle: crossing }),
      ...(linearCross === undefined ? {} : { linearExtrapolation: linearCross }),
      ...(geometricCross === undefined ? {} : { geometricExtrapolation: geometricCross }),
    },
    window: {
      variable: "cycle",
      lower: reference,
      upper: last,
      unit: "",
      pointCount: n,
      automatic: options.referenceCycle === undefined,
      rule: "every cycle from the reference cycle on",
    },
    warnings,
    plot: seriesPlot({
      title: "Capacity retention",
      xTitle: "cycle",
      yTitle: "retention (%)",
      points,
      lines,
    }),
  };
}

function interpolate(x: Float64Array, y: Float64Array, at: number): number {
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    if (xi === at) return y[i] as number;
    if (xi > at) {
      const x0 = x[i - 1] as number;
      const y0 = y[i - 1] as number;
      return y0 + ((at - x0) / (xi - x0)) * ((y[i] as number) - y0);
    }
  }
  return y[y.length - 1] as number;
}
