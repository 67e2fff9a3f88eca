import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";

/** One row of a cycling plot layer: x, y and the series it belongs to. */
export interface PlotRow {
  x: number;
  y: number;
  series: string;
  /** Text shown beside a marker (event kind). */
  label?: string;
}

/** One layer of {@link layeredSpec}. */
export interface PlotLayer {
  rows: readonly PlotRow[];
  mark: "line" | "point" | "rule" | "text";
  /** Dashed stroke (thresholds, reference lines). */
  dashed?: boolean;
}

const axis = (field: string, title: string) => ({
  field,
  type: "quantitative",
  title,
  scale: { zero: false },
});

const colour = { field: "series", type: "nominal", title: null };

function layerSpec(layer: PlotLayer, xTitle: string, yTitle: string): Record<string, unknown> {
  const values = layer.rows.filter((r) => Number.isFinite(r.x) && Number.isFinite(r.y));
  const data = { values };
  const x = axis("x", xTitle);
  const y = axis("y", yTitle);
  switch (layer.mark) {
    case "line":
      return {
        data,
        mark: { type: "line", strokeWidth: 1, ...(layer.dashed ? { strokeDash: [4, 3] } : {}) },
        encoding: { x, y, color: colour },
      };
    case "point":
      return {
        data,
        mark: { type: "point", filled: true, size: 30 },
        encoding: { x, y, color: colour },
      };
    case "rule":
      // Vertical rules at each row's x, across the whole height.
      return {
        data,
        mark: { type: "rule", strokeDash: [4, 3], strokeWidth: 1, color: "#d62728" },
        encoding: { x },
      };
    case "text":
      return {
        data,
        mark: { type: "text", align: "left", dx: 4, dy: 8, fontSize: 10, color: "#d62728" },
        encoding: { x, y, text: { field: "label", type: "nominal" } },
      };
  }
}

/**
 * A Vega-Lite v5 spec of layers on shared quantitative axes, coloured by series, data inlined
 * (non-finite rows dropped). The cycling plots are built on it.
 *
 * @example
 * layeredSpec({ title: "Overpotential", xTitle: "cycle", yTitle: "η (mV)", layers: [{ rows, mark: "line" }] });
 */
export function layeredSpec(options: {
  title: string;
  xTitle: string;
  yTitle: string;
  layers: readonly PlotLayer[];
  width?: number;
  height?: number;
}): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: options.title,
    width: options.width ?? 640,
    height: options.height ?? 320,
    layer: options.layers
      .filter((l) => l.rows.length > 0)
      .map((l) => layerSpec(l, options.xTitle, options.yTitle)),
  };
}
