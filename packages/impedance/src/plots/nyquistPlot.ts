import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import type { ImpedanceData } from "../fit/impedanceData.js";
import { dataAndFitLayers, impedancePlotRows } from "./plotRows.js";

/** Options of {@link nyquistPlot}. */
export interface NyquistPlotOptions {
  /** Chart title. @default "Nyquist plot" */
  title?: string;
  /** Width and height in pixels (the plot is square). @default 360 */
  size?: number;
}

/**
 * A Nyquist plot as a Vega-Lite spec: Z′ to the right, −Z″ up (capacitive arcs above the axis),
 * measured points and, when given, the fitted curve as a line, with equal scales on both axes
 * (same span on a square plot) so that semicircles look like semicircles.
 *
 * @param measured - the spectrum (Hz, Ω; Im Z negative when capacitive)
 * @param fit - the model curve, e.g. on a dense frequency grid
 * @example
 * const spec = nyquistPlot({ frequency: f, zReal: re, zImag: im }, fitCurve, { title: "cell A" });
 */
export function nyquistPlot(
  measured: ImpedanceData,
  fit?: ImpedanceData,
  options: NyquistPlotOptions = {},
): VegaLiteSpec {
  const { title = "Nyquist plot", size = 360 } = options;
  const rows = impedancePlotRows(measured, fit);
  let xMin = Number.POSITIVE_INFINITY;
  let xMax = Number.NEGATIVE_INFINITY;
  let yMin = Number.POSITIVE_INFINITY;
  let yMax = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    xMin = Math.min(xMin, r.zReal);
    xMax = Math.max(xMax, r.zReal);
    yMin = Math.min(yMin, r.minusZImag);
    yMax = Math.max(yMax, r.minusZImag);
  }
  // Equal aspect: both axes get the larger span, padded by 5 %; −Z″ starts at or below 0.
  yMin = Math.min(yMin, 0);
  const span = Math.max(xMax - xMin, yMax - yMin) * 1.05 || 1;
  const xLow = xMin - (span - (xMax - xMin)) / 2;
  const yLow = yMin - 0.025 * span;
  const x = {
    field: "zReal",
    type: "quantitative",
    title: "Z′ (Ω)",
    scale: { domain: [xLow, xLow + span], nice: false, zero: false },
  };
  const y = {
    field: "minusZImag",
    type: "quantitative",
    title: "−Z″ (Ω)",
    scale: { domain: [yLow, yLow + span], nice: false, zero: false },
  };
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title,
    width: size,
    height: size,
    data: { values: rows },
    layer: dataAndFitLayers(x, y, fit !== undefined),
  };
}
