import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import type { ImpedanceData } from "../fit/impedanceData.js";
import { dataAndFitLayers, impedancePlotRows } from "./plotRows.js";

/** Options of {@link bodePlot}. */
export interface BodePlotOptions {
  /** Chart title. @default "Bode plot" */
  title?: string;
  /** Width of each panel in pixels. @default 420 */
  width?: number;
}

/**
 * A Bode plot as a Vega-Lite spec: two stacked panels over log frequency, |Z| (log scale, Ω) and
 * −phase (degrees, positive for capacitive), with measured points and, when given, the fitted
 * curve as a line.
 *
 * @param measured - the spectrum (Hz, Ω; Im Z negative when capacitive)
 * @param fit - the model curve, e.g. on a dense frequency grid
 * @example
 * const spec = bodePlot({ frequency: f, zReal: re, zImag: im }, fitCurve);
 */
export function bodePlot(
  measured: ImpedanceData,
  fit?: ImpedanceData,
  options: BodePlotOptions = {},
): VegaLiteSpec {
  const { title = "Bode plot", width = 420 } = options;
  const frequency = {
    field: "frequency",
    type: "quantitative",
    title: "f (Hz)",
    scale: { type: "log" },
    axis: { format: "~g" },
  };
  const withFit = fit !== undefined;
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title,
    data: { values: impedancePlotRows(measured, fit) },
    vconcat: [
      {
        width,
        height: 200,
        layer: dataAndFitLayers(
          frequency,
          { field: "modulus", type: "quantitative", title: "|Z| (Ω)", scale: { type: "log" } },
          withFit,
        ),
      },
      {
        width,
        height: 200,
        layer: dataAndFitLayers(
          frequency,
          { field: "minusPhase", type: "quantitative", title: "−phase (°)" },
          withFit,
        ),
      },
    ],
  };
}
