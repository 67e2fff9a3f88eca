import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";

/** One row of a {@link layeredPlot}: a point (x, y) of a named series. */
export interface PlotRow {
  x: number;
  y: number;
  series: string;
}

/** What {@link layeredPlot} draws. */
export interface LayeredPlotOptions {
  title: string;
  /** Axis titles with their units, e.g. "t (s)". */
  xTitle: string;
  yTitle: string;
  /** Drawn as points (measured data, marked readings). */
  points: readonly PlotRow[];
  /** Drawn as lines, one per series (model curves, traces, windows). */
  lines: readonly PlotRow[];
  /** Keep at most this many rows per layer (evenly thinned). @default 2000 */
  maximumRows?: number;
}

function thin(rows: readonly PlotRow[], maximum: number): PlotRow[] {
  const finite = rows.filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y));
  const step = Math.max(1, Math.ceil(finite.length / maximum));
  return step === 1 ? finite : finite.filter((_, i) => i % step === 0);
}

/**
 * A Vega-Lite v5 spec of points and lines on shared quantitative axes, coloured by series, with
 * the data inlined. Non-finite rows are dropped, and each layer is thinned to `maximumRows`.
 *
 * @example
 * layeredPlot({ title: "Scharifker–Mostany fit", xTitle: "t (s)", yTitle: "j (mA cm⁻²)", points, lines });
 */
export function layeredPlot(options: LayeredPlotOptions): VegaLiteSpec {
  const maximum = options.maximumRows ?? 2000;
  const axis = (field: string, title: string) => ({
    field,
    type: "quantitative",
    title,
    scale: { zero: false },
  });
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: options.title,
    width: 480,
    height: 320,
    encoding: {
      x: axis("x", options.xTitle),
      y: axis("y", options.yTitle),
      color: { field: "series", type: "nominal", title: null },
    },
    layer: [
      {
        data: { values: thin(options.points, maximum) },
        mark: { type: "point", filled: true, size: 18 },
      },
      { data: { values: thin(options.lines, maximum) }, mark: { type: "line", strokeWidth: 2 } },
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
