import type { OverpotentialConvention, VegaLiteSpec } from "@lmb/schemas";
import { type PlotRow, seriesPlot } from "../plots/seriesPlot.js";
import type { TafelLine } from "./fitTafelBranch.js";

/**
 * The Tafel plot: log10|j| (j in mA cm⁻²) against η (mV) for every point, the points inside
 * each fitted window, and each fitted line drawn from η = 0 (where it gives j0) to the end of
 * its window.
 *
 * @param eta - η, V
 * @param j - j, A m⁻²
 * @param lines - the fitted branches
 * @param convention - for the axis title
 * @example
 * tafelPlot(eta, j, { anodic: line }, "electrode");
 */
export function tafelPlot(
  eta: Float64Array,
  j: Float64Array,
  lines: Partial<Record<"anodic" | "cathodic", TafelLine>>,
  convention: OverpotentialConvention,
): VegaLiteSpec {
  const points: PlotRow[] = [];
  for (let i = 0; i < eta.length; i++) {
    const e = eta[i] as number;
    const c = j[i] as number;
    if (c === 0) continue;
    let series = "data";
    for (const [name, line] of Object.entries(lines)) {
      const sign = name === "anodic" ? 1 : -1;
      const m = Math.abs(e);
      if (e * sign > 0 && c * sign > 0 && m >= line.lower && m <= line.upper) {
        series = `${name} window`;
      }
    }
    points.push({ x: e * 1e3, y: Math.log10(Math.abs(c) / 10), series });
  }
  const fitted: PlotRow[] = [];
  for (const [name, line] of Object.entries(lines)) {
    const sign = name === "anodic" ? 1 : -1;
    for (const e of [0, sign * line.upper]) {
      fitted.push({ x: e * 1e3, y: line.intercept + line.slope * e - 1, series: `${name} fit` });
    }
  }
  return seriesPlot({
    title: "Tafel plot",
    xTitle: convention === "cell" ? "η_cell (mV)" : "η (mV)",
    yTitle: "log10 |j| (j in mA cm⁻²)",
    points,
    lines: fitted,
  });
}
