import type {
  CycleOverpotentialRow,
  CyclingEventJson,
  FullCellCycleRow,
  LithiumCopperCycleRow,
  VegaLiteSpec,
} from "@lmb/schemas";
import { layeredSpec, type PlotRow } from "./plotSpec.js";

function eventRows(events: readonly CyclingEventJson[], top: number): PlotRow[] {
  return events.map((e) => ({ x: e.cycle, y: top, series: "event", label: e.kind }));
}

function maxY(rows: readonly PlotRow[]): number {
  let top = 0;
  for (const r of rows) if (Number.isFinite(r.y)) top = Math.max(top, r.y);
  return top;
}

/**
 * Overpotential (mV) against cycle for a Li‖Li record: the plating and stripping plateaus and
 * their mean (the per-cycle overpotential papers plot), with a vertical rule at each failure
 * event's cycle.
 *
 * @param cycles - the `cycles` table of a `SymmetricCyclingResult` JSON
 * @param events - failure events to mark (e.g. `failures.first`)
 * @example overpotentialPlot(json.cycles, [json.failures.first].filter(Boolean));
 */
export function overpotentialPlot(
  cycles: readonly CycleOverpotentialRow[],
  events: readonly CyclingEventJson[] = [],
): VegaLiteSpec {
  const rows: PlotRow[] = [];
  for (const c of cycles) {
    if (c.platingPlateau !== null)
      rows.push({ x: c.cycle, y: c.platingPlateau, series: "plating" });
    if (c.strippingPlateau !== null)
      rows.push({ x: c.cycle, y: c.strippingPlateau, series: "stripping" });
    rows.push({ x: c.cycle, y: c.overpotential, series: "mean" });
  }
  const marks = eventRows(events, maxY(rows));
  return layeredSpec({
    title: "Plateau overpotential against cycle",
    xTitle: "cycle",
    yTitle: "η (mV)",
    layers: [
      { rows, mark: "line" },
      { rows: marks, mark: "rule" },
      { rows: marks, mark: "text" },
    ],
  });
}

/**
 * Coulombic efficiency (%) against cycle for a Li‖Cu record, with the CE threshold of the cycle
 * life as a dashed line; cycles whose strip did not reach the cut-off (CE a lower bound) are a
 * separate series.
 *
 * @param cycles - the `cycles` table of a `LithiumCopperEfficiencyResult` JSON
 * @param threshold - CE threshold, % (e.g. 80)
 * @example coulombicEfficiencyPlot(json.cycles, json.cycleLife.threshold);
 */
export function coulombicEfficiencyPlot(
  cycles: readonly LithiumCopperCycleRow[],
  threshold?: number,
): VegaLiteSpec {
  const points: PlotRow[] = cycles.map((c) => ({
    x: c.cycle,
    y: c.coulombicEfficiency,
    series: c.cutoffReached ? "CE" : "CE (cut-off not reached: lower bound)",
  }));
  const first = cycles[0]?.cycle ?? 1;
  const last = cycles[cycles.length - 1]?.cycle ?? 1;
  const limit: PlotRow[] =
    threshold === undefined
      ? []
      : [
          { x: first, y: threshold, series: "threshold" },
          { x: last, y: threshold, series: "threshold" },
        ];
  return layeredSpec({
    title: "Coulombic efficiency against cycle",
    xTitle: "cycle",
    yTitle: "CE (%)",
    layers: [
      { rows: points, mark: "point" },
      { rows: limit, mark: "line", dashed: true },
    ],
  });
}

/**
 * Discharge and charge capacity against cycle for a full cell (mAh g⁻¹ when the active mass is
 * known, else mAh) above retention (%) against cycle (a Vega-Lite `vconcat`), with the
 * retention threshold dashed.
 *
 * @param cycles - the `cycles` table of a `FullCellCyclingResult` JSON
 * @param threshold - retention threshold, % (e.g. 80)
 * @example capacityRetentionPlot(json.cycles, json.retention.threshold);
 */
export function capacityRetentionPlot(
  cycles: readonly FullCellCycleRow[],
  threshold?: number,
): VegaLiteSpec {
  const specific = cycles.every((c) => c.specificDischargeCapacity !== null);
  const capacity: PlotRow[] = cycles.flatMap((c) => [
    {
      x: c.cycle,
      y: specific ? (c.specificDischargeCapacity as number) : c.dischargeCapacity,
      series: "discharge",
    },
    {
      x: c.cycle,
      y: specific ? (c.specificChargeCapacity as number) : c.chargeCapacity,
      series: "charge",
    },
  ]);
  const retention: PlotRow[] = cycles.map((c) => ({
    x: c.cycle,
    y: c.retention,
    series: "retention",
  }));
  const first = cycles[0]?.cycle ?? 1;
  const last = cycles[cycles.length - 1]?.cycle ?? 1;
  if (threshold !== undefined) {
    retention.push(
      { x: first, y: threshold, series: "threshold" },
      { x: last, y: threshold, series: "threshold" },
    );
  }
  const top = layeredSpec({
    title: "Capacity against cycle",
    xTitle: "cycle",
    yTitle: specific ? "Q (mAh g⁻¹)" : "Q (mAh)",
    layers: [{ rows: capacity, mark: "point" }],
    height: 220,
  });
  const bottom = layeredSpec({
    title: "Retention against cycle",
    xTitle: "cycle",
    yTitle: "retention (%)",
    layers: [
      { rows: retention.filter((r) => r.series === "retention"), mark: "line" },
      { rows: retention.filter((r) => r.series === "threshold"), mark: "line", dashed: true },
    ],
    height: 160,
  });
  const { $schema, ...upper } = top;
  const { $schema: _, ...lower } = bottom;
  return {
    $schema,
    title: "Capacity and retention against cycle",
    vconcat: [upper, lower],
    resolve: { scale: { color: "independent" } },
  };
}
