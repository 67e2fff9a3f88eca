import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import { decimateTrace } from "../../plots/decimateTrace.js";
import type { DepletionSweep } from "./depletionSweep.js";

/** One trace of {@link comparisonTracesPlot}: a cell's label, time (s) and voltage (V). */
export interface LabelledTrace {
  label: string;
  time: ArrayLike<number>;
  voltage: ArrayLike<number>;
  /** Depletion time, h, marked with a rule; null for none. */
  depletion: number | null;
}

const round = (v: number) => Number(v.toPrecision(5));

/**
 * Voltage against time of each compared cell, side by side (one panel per cell, each with its own
 * voltage axis so that the symmetric cell's slowly rising polarisation is visible next to the
 * asymmetric cells' jump to the limit), min/max-decimated to `buckets` columns per panel, with a
 * dashed rule where an electrode ran out.
 *
 * @param traces - the cells, in panel order
 * @param buckets - pixel columns per panel. @default 300
 * @example comparisonTracesPlot([{ label: "100 µm | 20 µm", time, voltage, depletion: 157 }]);
 */
export function comparisonTracesPlot(
  traces: readonly LabelledTrace[],
  buckets = 300,
): VegaLiteSpec {
  const panels = traces.map((t) => {
    const { x, y } = decimateTrace(t.time, t.voltage, buckets);
    const values = x.map((s, k) => ({ t: round(s / 3600), V: round(y[k] as number) }));
    const layers: Record<string, unknown>[] = [
      {
        data: { values },
        mark: { type: "line", strokeWidth: 1 },
        encoding: {
          x: { field: "t", type: "quantitative", title: "t (h)" },
          y: { field: "V", type: "quantitative", title: "V (V)" },
        },
      },
    ];
    if (t.depletion !== null) {
      layers.push({
        data: { values: [{ t: round(t.depletion), label: "Li depleted" }] },
        mark: { type: "rule", strokeDash: [4, 3], color: "#d62728" },
        encoding: { x: { field: "t", type: "quantitative" } },
      });
    }
    return { title: t.label, width: 220, height: 200, layer: layers };
  });
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: "Same interphase, same protocol: symmetric and asymmetric Li‖Li cells",
    hconcat: panels,
  };
}

/**
 * Depletion time against metal fraction for each cell, with the percolation threshold as a
 * dashed rule; fractions at which a cell never ran out are left out of its line.
 *
 * @param sweep - from `depletionSweep`
 * @param labels - a label per row of `sweep.depletionTime`
 * @param threshold - V_p, or null to draw none
 * @example depletionPlot(sweep, ["100 µm | 20 µm"], 0.27);
 */
export function depletionPlot(
  sweep: DepletionSweep,
  labels: readonly string[],
  threshold: number | null,
): VegaLiteSpec {
  const values: { V: number; t: number; cell: string }[] = [];
  sweep.depletionTime.forEach((row, i) => {
    row.forEach((t, k) => {
      if (t !== null)
        values.push({ V: sweep.fractions[k] as number, t: round(t), cell: labels[i] ?? "" });
    });
  });
  const layers: Record<string, unknown>[] = [
    {
      data: { values },
      mark: { type: "line", point: true, strokeWidth: 1.5 },
      encoding: {
        x: { field: "V", type: "quantitative", title: "V_f (metal volume fraction)" },
        y: { field: "t", type: "quantitative", title: "depletion time (h)" },
        color: { field: "cell", type: "nominal", title: null, sort: [...labels] },
      },
    },
  ];
  if (threshold !== null) {
    layers.push({
      data: { values: [{ V: threshold }] },
      mark: { type: "rule", strokeDash: [4, 3], color: "#555" },
      encoding: { x: { field: "V", type: "quantitative" } },
    });
  }
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: "When the thin electrode runs out, against metal fraction (dashed: V_p)",
    width: 480,
    height: 300,
    layer: layers,
  };
}
