import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import type { LinKkResult } from "./linKkResult.js";

/** Options of {@link linKkResidualPlot}. */
export interface LinKkResidualPlotOptions {
  /** Chart title. @default "Lin-KK residuals (M = …, μ = …)" */
  title?: string;
  /** Width in pixels. @default 480 */
  width?: number;
}

/**
 * The Lin-KK residual plot as a Vega-Lite spec: Δ′ and Δ″ (% of |Z|) against frequency on a log
 * axis, as points joined by lines, with a shaded ±threshold band and a zero rule — the usual
 * presentation of Schönleber et al. (2014), Fig. 4, and impedance.py's `plot_residuals`.
 *
 * @param result - a {@link linKk} result
 * @param options - title and width
 * @returns a Vega-Lite v5 spec with the data inlined
 * @example
 * const spec = linKkResidualPlot(linKk(spectrum, { plots: false }));
 */
export function linKkResidualPlot(
  result: Pick<
    LinKkResult,
    "frequency" | "residualRealPercent" | "residualImagPercent" | "rcCount" | "mu" | "verdict"
  >,
  options: LinKkResidualPlotOptions = {},
): VegaLiteSpec {
  const { width = 480 } = options;
  const title =
    options.title ?? `Lin-KK residuals (M = ${result.rcCount}, μ = ${result.mu.toFixed(3)})`;
  const values: Record<string, number | string>[] = [];
  result.frequency.forEach((f, i) => {
    values.push({
      frequency: f,
      part: "Δ′ (real)",
      residual: result.residualRealPercent[i] as number,
    });
    values.push({
      frequency: f,
      part: "Δ″ (imaginary)",
      residual: result.residualImagPercent[i] as number,
    });
  });
  const t = result.verdict.thresholdPercent;
  const x = {
    field: "frequency",
    type: "quantitative",
    title: "f (Hz)",
    scale: { type: "log" },
    axis: { format: "~g" },
  };
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title,
    width,
    height: 240,
    layer: [
      {
        data: { values: [{ lower: -t, upper: t }] },
        mark: { type: "rect", color: "#2ca02c", opacity: 0.12 },
        encoding: { y: { field: "lower", type: "quantitative" }, y2: { field: "upper" } },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: "#888", strokeDash: [4, 3] },
        encoding: { y: { field: "zero", type: "quantitative" } },
      },
      {
        data: { values },
        mark: { type: "line", point: { filled: true, size: 30 }, strokeWidth: 1.2 },
        encoding: {
          x,
          y: { field: "residual", type: "quantitative", title: "(Z − Ẑ)/|Z| (%)" },
          color: {
            field: "part",
            type: "nominal",
            title: null,
            scale: { range: ["#1f77b4", "#ff7f0e"] },
          },
          order: { field: "frequency", type: "quantitative" },
          tooltip: [
            { field: "frequency", type: "quantitative", title: "f (Hz)", format: ".4~g" },
            { field: "part", type: "nominal" },
            { field: "residual", type: "quantitative", title: "residual (%)", format: ".3f" },
          ],
        },
      },
    ],
  };
}
