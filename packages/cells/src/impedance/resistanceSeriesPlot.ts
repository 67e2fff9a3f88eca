import {
  type InterfaceImpedanceResult,
  type ResistanceArrhenius,
  VEGA_LITE_SCHEMA_URL,
  type VegaLiteSpec,
} from "@lmb/schemas";
import { GAS_CONSTANT } from "@lmb/units";

/** The resistance totals a series reports. */
export type ResistanceKey = "bulk" | "sei" | "chargeTransfer" | "interphase";

const LABELS: Record<ResistanceKey, string> = {
  bulk: "R_bulk",
  sei: "R_SEI",
  chargeTransfer: "R_ct",
  interphase: "R_int",
};

interface Row {
  x: number;
  y: number;
  series: string;
}

/**
 * The picture of a resistance series as a Vega-Lite spec: by temperature, ln(R⁻¹/S) against
 * 1000/T with each Arrhenius line ln(1/R) = ln A − E_a/(R·T); by time, R (Ω) against time (h)
 * joined in order. One colour per resistance (R_bulk, R_SEI, R_ct, R_int).
 *
 * @example
 * resistanceSeriesPlot(entries, "temperature", arrhenius);
 */
export function resistanceSeriesPlot(
  entries: readonly InterfaceImpedanceResult[],
  by: "temperature" | "time",
  arrhenius: ResistanceArrhenius | undefined,
): VegaLiteSpec {
  const points: Row[] = [];
  const lines: Row[] = [];
  const keys = Object.keys(LABELS) as ResistanceKey[];
  for (const k of keys) {
    for (const e of entries) {
      const r = e.resistances[k]?.resistance.si;
      if (r === undefined || !(r > 0)) continue;
      if (by === "temperature") {
        points.push({ x: 1000 / e.temperature.si, y: -Math.log(r), series: LABELS[k] });
      } else if (e.time !== undefined) {
        points.push({ x: e.time.value, y: r, series: LABELS[k] });
      }
    }
    const fit = arrhenius?.[k];
    if (by === "temperature" && fit !== undefined) {
      const lnA = Math.log(fit.prefactor.si);
      const slope = -fit.activationEnergy.si / (1000 * GAS_CONSTANT);
      for (const t of [fit.window.upper, fit.window.lower]) {
        const x = 1000 / t;
        lines.push({ x, y: lnA + slope * x, series: LABELS[k] });
      }
    }
  }
  if (by === "time") lines.push(...points);
  const axis = (field: string, title: string) => ({
    field,
    type: "quantitative",
    title,
    scale: { zero: false },
  });
  return {
    $schema: VEGA_LITE_SCHEMA_URL,
    title: by === "temperature" ? "Arrhenius plot of the resistances" : "Resistances over time",
    width: 480,
    height: 320,
    encoding: {
      x: axis("x", by === "temperature" ? "1000/T (K⁻¹)" : "time (h)"),
      y: axis("y", by === "temperature" ? "ln(R⁻¹ / S)" : "R (Ω)"),
      color: { field: "series", type: "nominal", title: null },
    },
    layer: [
      { data: { values: points }, mark: { type: "point", filled: true, size: 40 } },
      { data: { values: lines }, mark: { type: "line", strokeWidth: 2 } },
    ],
  };
}
