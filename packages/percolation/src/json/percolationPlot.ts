import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";

/** One row of a {@link percolationPlot}: a point (x, y) of a named series. */
export interface PlotRow {
  x: number;
  y: number;
  series: string;
}

/** What {@link percolationPlot} draws. */
export interface PercolationPlotOptions {
  title: string;
  /** Axis titles, e.g. "occupation probability p". */
  xTitle: string;
  yTitle: string;
  /** Drawn as filled points (simulated or measured values). */
  points?: readonly PlotRow[];
  /** Drawn as lines, one per series (curves, fits). */
  lines?: readonly PlotRow[];
  /** Vertical error bars at x from `lower` to `upper`. */
  errorBars?: readonly { x: number; lower: number; upper: number; series: string }[];
  /** Dashed vertical rules (thresholds), labelled by series. */
  rules?: readonly { x: number; series: string }[];
  /** Keep at most this many rows per layer (evenly thinned). @default 2000 */
  maximumRows?: number;
}

function thin<T extends { x: number }>(rows: readonly T[], maximum: number): T[] {
  const finite = rows.filter((r) =>
    Object.values(r).every((v) => typeof v !== "number" || Number.isFinite(v)),
  );
  const step = Math.max(1, Math.ceil(finite.length / maximum));
  return step === 1 ? finite : finite.filter((_, i) => i % step === 0);
}

/**
 * A Vega-Lite v5 spec of points, lines, error bars and dashed threshold rules on shared
 * quantitative axes, coloured by series, with the data inlined (each layer carries its own
 * encoding, so rules need no y). Non-finite rows are dropped; empty layers are left out.
 *
 * @example
 * percolationPlot({ title: "Spanning probability", xTitle: "p", yTitle: "R(p)", lines, rules: [{ x: 0.3116, series: "p_c" }] });
 */
export function percolationPlot(options: PercolationPlotOptions): VegaLiteSpec {
  const maximum = options.maximumRows ?? 2000;
  const x = { field: "x", type: "quantitative", title: options.xTitle, scale: { zero: false } };
  const y = { field: "y", type: "quantitative", title: options.yTitle, scale: { zero: false } };
  const color = { field: "series", type: "nominal", title: null };
  const layer: Record<string, unknown>[] = [];
  const bars = thin(options.errorBars ?? [], maximum);
  if (bars.length > 0) {
    layer.push({
      data: { values: bars },
      mark: { type: "rule", strokeWidth: 1 },
      encoding: { x, y: { ...y, field: "lower" }, y2: { field: "upper" }, color },
    });
  }
  const points = thin(options.points ?? [], maximum);
  if (points.length > 0) {
    layer.push({
      data: { values: points },
      mark: { type: "point", filled: true, size: 30 },
      encoding: { x, y, color },
    });
  }
  const lines = thin(options.lines ?? [], maximum);
  if (lines.length > 0) {
    layer.push({
      data: { values: lines },
      mark: { type: "line", strokeWidth: 2 },
      encoding: { x, y, color },
    });
  }
  const rules = thin(options.rules ?? [], maximum);
  if (rules.length > 0) {
    layer.push({
      data: { values: rules },
      mark: { type: "rule", strokeDash: [4, 4], strokeWidth: 1.5 },
      encoding: { x, color },
    });
  }
  return { $schema: VEGA_LITE_SCHEMA_URL, title: options.title, width: 480, height: 320, layer };
}
