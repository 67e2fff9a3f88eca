import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";

/** What {@link designMapPlot} draws. */
export interface DesignMapPlotInput {
  fractions: readonly number[];
  aspectRatios: readonly number[];
  thresholds: readonly number[];
  /** [aspectRatio][fraction], h or null. */
  depletionTime: readonly (readonly (number | null)[])[];
  /** Title, e.g. the cell. */
  title: string;
}

/**
 * The design map as a Vega-Lite heat map: metal fraction across, aspect ratio up, colour = time
 * until the thin electrode ran out (h; grey where it never did within the protocol), and the
 * percolation threshold V_p of each aspect ratio as a black tick.
 *
 * @example designMapPlot({ fractions, aspectRatios, thresholds, depletionTime, title: "100 µm | 20 µm" });
 */
export function designMapPlot(input: DesignMapPlotInput): VegaLiteSpec {
  const { fractions } = input;
  const half = (k: number) => {
    const f = fractions[k] as number;
    const left = k > 0 ? (f - (fractions[k - 1] as number)) / 2 : undefined;
    const right = k + 1 < fractions.length ? ((fractions[k + 1] as number) - f) / 2 : undefined;
    return { lo: f - (left ?? right ?? 0.005), hi: f + (right ?? left ?? 0.005) };
  };
  const cells: { V: number; V0: number; V1: number; a: string; t: number | null }[] = [];
  input.aspectRatios.forEach((a, i) => {
    fractions.forEach((f, k) => {
      const { lo, hi } = half(k);
      const t = input.depletionTime[i]?.[k] ?? null;
      cells.push({
        V: f,
        V0: lo,
        V1: hi,
        a: String(a),
        t: t === null ? null : Number(t.toPrecision(4)),
      });
    });
  });
  const order = input.aspectRatios.map(String).reverse();
  const y = { field: "a", type: "ordinal", title: "particle aspect ratio", sort: order };
  const x = { field: "V0", type: "quantitative", title: "V_f (metal volume fraction)" };
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: input.title,
    width: 520,
    height: Math.max(160, 16 * input.aspectRatios.length),
    layer: [
      {
        data: { values: cells.filter((c) => c.t === null) },
        mark: { type: "rect", color: "#d9d9d9" },
        encoding: { x, x2: { field: "V1" }, y, tooltip: [{ field: "V" }, { field: "a" }] },
      },
      {
        data: { values: cells.filter((c) => c.t !== null) },
        mark: { type: "rect" },
        encoding: {
          x,
          x2: { field: "V1" },
          y,
          color: {
            field: "t",
            type: "quantitative",
            title: "depletion time (h)",
            scale: { scheme: "viridis" },
            // "157", not "157.000000", when every cell that runs out does so at one time
            legend: { format: ".4~g" },
          },
          tooltip: [{ field: "V" }, { field: "a" }, { field: "t", title: "h" }],
        },
      },
      {
        data: {
          values: input.aspectRatios.map((a, i) => ({ V0: input.thresholds[i], a: String(a) })),
        },
        mark: { type: "tick", color: "black", thickness: 2 },
        encoding: { x, y },
      },
    ],
  };
}
