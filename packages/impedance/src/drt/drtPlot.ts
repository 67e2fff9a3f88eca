import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import type { DrtResult } from "./drtResult.js";

/** Options of {@link drtPlot}. */
export interface DrtPlotOptions {
  /** Chart title. @default "Distribution of relaxation times (λ = …)" */
  title?: string;
  /** Width in pixels. @default 480 */
  width?: number;
}

/**
 * The DRT as a Vega-Lite spec: γ(τ) (Ω) against τ (s) on a log axis as a line, each peak marked
 * by a point and labelled with its resistance, and a tooltip giving τ, f = 1/(2πτ) and R.
 *
 * @param result - a {@link drt} result
 * @param options - title and width
 * @returns a Vega-Lite v5 spec with the data inlined
 * @example
 * const spec = drtPlot(drt(spectrum, { plots: false }));
 */
export function drtPlot(
  result: Pick<DrtResult, "tau" | "gamma" | "peaks" | "regularization">,
  options: DrtPlotOptions = {},
): VegaLiteSpec {
  const { width = 480 } = options;
  const title =
    options.title ??
    `Distribution of relaxation times (λ = ${result.regularization.lambda.toExponential(2)})`;
  const curve = result.tau.map((t, i) => ({ tau: t, gamma: result.gamma[i] as number }));
  const peaks = result.peaks.map((p, k) => ({
    tau: p.tau,
    gamma: p.gamma,
    frequency: p.frequency,
    resistance: p.resistance,
    label: `P${k + 1}: ${p.resistance.toPrecision(3)} Ω`,
  }));
  const x = {
    field: "tau",
    type: "quantitative",
    title: "τ (s)",
    scale: { type: "log" },
    axis: { format: "~g" },
  };
  const y = { field: "gamma", type: "quantitative", title: "γ (Ω)" };
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title,
    width,
    height: 260,
    layer: [
      {
        data: { values: curve },
        mark: { type: "line", color: "#1f77b4", strokeWidth: 1.8 },
        encoding: { x, y },
      },
      {
        data: { values: peaks },
        mark: { type: "point", filled: true, size: 60, color: "#d62728" },
        encoding: {
          x,
          y,
          tooltip: [
            { field: "tau", type: "quantitative", title: "τ (s)", format: ".4~g" },
            { field: "frequency", type: "quantitative", title: "f = 1/(2πτ) (Hz)", format: ".4~g" },
            { field: "resistance", type: "quantitative", title: "R (Ω)", format: ".4~g" },
          ],
        },
      },
      {
        data: { values: peaks },
        mark: { type: "text", dy: -10, fontSize: 10, color: "#d62728" },
        encoding: { x, y, text: { field: "label", type: "nominal" } },
      },
    ],
  };
}
