import { LmbError } from "@lmb/errors";
import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import { type NucleationMode, reducedCurrent } from "./reducedCurves.js";
import { baselineCurrent, type TransientBaseline } from "./transientBaseline.js";
import { prepareTransient } from "./transientInput.js";
import { findTransientMaximum } from "./transientMaximum.js";

/** Verdict of {@link classifyTransient}. */
export type NucleationVerdict = NucleationMode | "mixed" | "neither";

/** Options of {@link classifyTransient}. */
export interface ClassifyTransientOptions {
  /** Background current handling (see {@link TransientBaseline}). @default "none" */
  baseline?: TransientBaseline;
  /**
   * Reduced-time window t/t_m over which the data are compared with both curves.
   * @default { from: 1, to: Infinity } — after the maximum, since the rise is often unresolved
   */
  window?: { from: number; to: number };
  /** RMS distance in j/j_m below which a model can be accepted. @default 0.08 */
  tolerance?: number;
  /** How many times closer the accepted model must be than the other. @default 1.5 */
  margin?: number;
  /** Moving-average window for the maximum and the comparison, points. @default ⌊n/200⌋ (odd, ≥ 3) */
  smoothing?: number;
}

/** Result of {@link classifyTransient}. */
export interface TransientClassification {
  /** Peak current density j_m after the baseline, A m⁻². */
  jm: number;
  /** Time of the peak t_m, s. */
  tm: number;
  /** Background current density subtracted, A m⁻². */
  baseline: number;
  /** Rule used for the baseline. */
  baselineRule: TransientBaseline;
  /** −1 when the deposition current was negative in the input. */
  sign: 1 | -1;
  /** Reduced-time window actually compared (clipped to the data). */
  window: { from: number; to: number };
  /** Points inside the window. */
  windowPoints: number;
  /** RMS of (j/j_m)_data − (j/j_m)_model over the window, for each model. */
  distances: { instantaneous: number; progressive: number };
  /** Share of window points lying between the two model curves. */
  betweenShare: number;
  verdict: NucleationVerdict;
  /** Why the verdict was reached, in words. */
  reason: string;
  /** Reduced data (smoothed): x = t/t_m, y = j/j_m, every point after the charging spike. */
  reduced: { x: Float64Array; y: Float64Array };
  /** Vega-Lite spec: reduced data over both theoretical curves. */
  plot: VegaLiteSpec;
}

function reducedPlot(x: Float64Array, y: Float64Array, xMax: number): VegaLiteSpec {
  const step = Math.max(1, Math.ceil(x.length / 2000));
  const points: { x: number; y: number; series: string }[] = [];
  for (let i = 0; i < x.length; i += step) {
    if ((x[i] as number) <= xMax)
      points.push({ x: x[i] as number, y: (y[i] as number) ** 2, series: "data" });
  }
  const lines: { x: number; y: number; series: string }[] = [];
  for (let k = 1; k <= 200; k++) {
    const xi = (xMax * k) / 200;
    lines.push({ x: xi, y: reducedCurrent("instantaneous", xi) ** 2, series: "instantaneous" });
    lines.push({ x: xi, y: reducedCurrent("progressive", xi) ** 2, series: "progressive" });
  }
  const axis = (field: string, title: string) => ({ field, type: "quantitative", title });
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: "Scharifker–Hills reduced transient",
    width: 480,
    height: 320,
    encoding: {
      x: axis("x", "t / t_m"),
      y: axis("y", "(j / j_m)²"),
      color: { field: "series", type: "nominal", title: null },
    },
    layer: [
      { data: { values: points }, mark: { type: "point", filled: true, size: 14 } },
      { data: { values: lines }, mark: { type: "line", strokeWidth: 2 } },
    ],
  };
}

/**
 * Classifies a chronoamperometric deposition transient as 3D instantaneous or progressive
 * nucleation (Scharifker–Hills), or mixed/neither: finds (t_m, j_m) after the charging spike
 * ({@link findTransientMaximum}), removes the chosen background ({@link TransientBaseline}),
 * reduces the smoothed data to j/j_m against t/t_m and measures the RMS distance to each reduced
 * curve over the window. Verdict: the closer model when its distance is ≤ `tolerance` and the
 * other is at least `margin` times farther; otherwise "mixed" when ≥ 60 % of the window lies
 * between the curves (nucleation rate comparable to 1/t_m: fit Scharifker–Mostany), else
 * "neither". The reduced plot alone can mislead (Heerman & Tarallo, Electrochem. Commun. 2
 * (2000) 85): use {@link fitMostanyTransient} as well.
 *
 * Source: B. Scharifker, G. Hills, Electrochim. Acta 28 (1983) 879.
 *
 * @param time - s since the potential step, strictly increasing
 * @param current - current or current density of the step (any sign convention, one sign)
 * @throws LmbError `E_NO_MAXIMUM`, `E_SIGN_FLIP`, `E_NOT_MONOTONIC`, `E_INSUFFICIENT_DATA`.
 * @example
 * const c = classifyTransient(t, j);
 * c.verdict; // "instantaneous"
 * c.distances; // { instantaneous: 0.01, progressive: 0.12 }
 */
export function classifyTransient(
  time: ArrayLike<number>,
  current: ArrayLike<number>,
  options: ClassifyTransientOptions = {},
): TransientClassification {
  const prepared = prepareTransient(time, current);
  const rule = options.baseline ?? "none";
  const smoothing = options.smoothing === undefined ? {} : { window: options.smoothing };
  let maximum = findTransientMaximum(prepared, smoothing);
  const baseline = baselineCurrent(prepared.time, prepared.current, rule, maximum.tm);
  let data = prepared.current;
  if (baseline !== 0) {
    data = prepared.current.map((j) => j - baseline);
    maximum = findTransientMaximum({ time: prepared.time, current: data }, smoothing);
  }
  const { jm, tm, spikeEnd, smoothed } = maximum;
  if (!(jm > 0)) {
    throw new LmbError("E_NO_MAXIMUM", "the peak current is not positive after the baseline", {
      fix: "check the baseline value; it must be smaller than the peak current",
    });
  }
  const n = prepared.time.length - spikeEnd;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = (prepared.time[spikeEnd + i] as number) / tm;
    y[i] = (smoothed[spikeEnd + i] as number) / jm;
  }
  const from = options.window?.from ?? 1;
  const to = Math.min(options.window?.to ?? Number.POSITIVE_INFINITY, x[n - 1] as number);
  let sumI = 0;
  let sumP = 0;
  let between = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    if (xi < from || xi > to) continue;
    const yi = y[i] as number;
    const inst = reducedCurrent("instantaneous", xi);
    const prog = reducedCurrent("progressive", xi);
    sumI += (yi - inst) ** 2;
    sumP += (yi - prog) ** 2;
    if ((yi - inst) * (yi - prog) < 0) between++;
    count++;
  }
  if (count < 5) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `only ${count} points lie in the window t/t_m = ${from}…${to.toPrecision(3)}`,
      { fix: "widen the window or record the transient longer" },
    );
  }
  const distances = {
    instantaneous: Math.sqrt(sumI / count),
    progressive: Math.sqrt(sumP / count),
  };
  const betweenShare = between / count;
  const tolerance = options.tolerance ?? 0.08;
  const margin = options.margin ?? 1.5;
  const best: NucleationMode =
    distances.instantaneous <= distances.progressive ? "instantaneous" : "progressive";
  const other: NucleationMode = best === "instantaneous" ? "progressive" : "instantaneous";
  let verdict: NucleationVerdict;
  let reason: string;
  if (distances[best] <= tolerance && distances[other] >= margin * distances[best]) {
    verdict = best;
    reason = `closest to the ${best} curve (RMS ${distances[best].toFixed(3)} ≤ ${tolerance}, ${(distances[other] / distances[best]).toFixed(1)}× closer than ${other})`;
  } else if (betweenShare >= 0.6) {
    verdict = "mixed";
    reason = `${(100 * betweenShare).toFixed(0)} % of the window lies between the two curves: nucleation rate comparable to 1/t_m (fit Scharifker–Mostany)`;
  } else {
    verdict = "neither";
    reason = `neither curve fits within ${tolerance} RMS (instantaneous ${distances.instantaneous.toFixed(3)}, progressive ${distances.progressive.toFixed(3)})`;
  }
  return {
    jm,
    tm,
    baseline,
    baselineRule: rule,
    sign: prepared.sign,
    window: { from, to },
    windowPoints: count,
    distances,
    betweenShare,
    verdict,
    reason,
    reduced: { x, y },
    plot: reducedPlot(x, y, Math.min(to, 10)),
  };
}
