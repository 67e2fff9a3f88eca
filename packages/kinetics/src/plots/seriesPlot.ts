import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";

/** One row of a {@link seriesPlot}: a point (x, y) of a named series. */
export interface PlotRow {
  x: number;
  y: number;
  series: string;
  /** Drawing order along a line (a voltammogram's point index); lines follow x when absent. */
  order?: number;
}

/** What {@link seriesPlot} draws. */
export interface SeriesPlotOptions {
  title: string;
  /** Axis title with its unit, e.g. "η (mV)". */
  xTitle: string;
  yTitle: string;
  /** Measured data, drawn as points. */
  points: readonly PlotRow[];
  /** Model curves and fitted lines, drawn as lines (one per series). */
  lines: readonly PlotRow[];
  /** Keep at most this many points (evenly thinned) so the spec stays small. @default 2000 */
  maximumPoints?: number;
}

/**
 * A Vega-Lite v5 spec of measured points and fitted lines on shared quantitative axes, coloured
 * by series, with the data inlined ("pictures are data": the CLI renders it to SVG, the docs
 * render it interactively). Non-finite values are dropped rather than drawn.
 *
 * @example
 * seriesPlot({ title: "Tafel plot", xTitle: "η (mV)", yTitle: "log10 |j| (mA cm⁻²)", points, lines });
 */
export function seriesPlot(options: SeriesPlotOptions): VegaLiteSpec {
  const { title, xTitle, yTitle, points, lines, maximumPoints = 2000 } = options;
  const finite = (r: PlotRow) => Number.isFinite(r.x) && Number.isFinite(r.y);
  const step = Math.max(1, Math.ceil(points.length / maximumPoints));
  const shown = points.filter((r, i) => i % step === 0 && finite(r));
  const axis = (field: string, axisTitle: string) => ({
    field,
    type: "quantitative",
    title: axisTitle,
    scale: { zero: false },
  });
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title,
    width: 480,
    height: 320,
    encoding: {
      x: axis("x", xTitle),
      y: axis("y", yTitle),
      color: { field: "series", type: "nominal", title: null },
    },
    layer: [
      { data: { values: shown }, mark: { type: "point", filled: true, size: 18 } },
      {
        data: { values: lines.filter(finite) },
        mark: { type: "line", strokeWidth: 2 },
        ...(lines.some((r) => r.order !== undefined)
          ? { encoding: { order: { field: "order", type: "quantitative" } } }
          : {}),
      },
    ],
  };
}

/**
 * `count` evenly spaced numbers from `a` to `b` inclusive (for drawing model curves).
 *
 * @example linspace(0, 1, 3); // [0, 0.5, 1]
 */
export function linspace(a: number, b: number, count: number): number[] {
  if (count < 2) return [a];
  return Array.from({ length: count }, (_, i) => a + ((b - a) * i) / (count - 1));
}
