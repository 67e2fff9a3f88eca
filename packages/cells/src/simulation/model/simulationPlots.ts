import type { VegaLiteSpec } from "@lmb/schemas";
import { decimateTrace } from "../../plots/decimateTrace.js";
import { layeredSpec, type PlotRow } from "../../plots/plotSpec.js";
import { voltageTimePlot } from "../../plots/voltageTimePlot.js";
import type { CellSimulation } from "./simulateCell.js";

const MAH_CM2 = 36_000;

/** The pictures of a simulation (Vega-Lite specs). */
export interface CellSimulationPlots {
  /** Voltage against time with the events (depletion, Sand, limits) marked. */
  voltage: VegaLiteSpec;
  /** Li on each electrode, dead Li and Li consumed by the interphase against time, mAh cm⁻². */
  lithium: VegaLiteSpec;
}

/**
 * Plots of a {@link CellSimulation}: the voltage trace (decimated to the picture's resolution,
 * events marked; mV for Li‖Li and Li‖Cu) and where the Li is over time.
 *
 * @param sim - a result of `simulateCell`
 * @param buckets - pixel columns of the decimation. @default 800
 * @example
 * const { voltage, lithium } = cellSimulationPlots(simulateCell(config, protocol));
 */
export function cellSimulationPlots(sim: CellSimulation, buckets = 800): CellSimulationPlots {
  const { time, voltage } = sim.data.columns;
  const events = sim.events
    .filter((e) => e.kind !== "nucleation" && e.kind !== "exhausted")
    .map((e) => ({ time: e.time, label: e.kind }));
  const full = sim.cell.kind === "full-cell";
  const voltagePlot = voltageTimePlot(time, voltage, {
    events,
    buckets,
    title: `Simulated ${sim.cell.kind} cell`,
    millivolts: !full && sim.summary.endReason === "completed",
  });
  const s = sim.state;
  const series: [string, Float64Array][] = [
    ["working electrode", s.workingInventory],
    ["counter electrode", s.counterInventory],
    ["dead Li", s.deadLithium],
    ["interphase", s.interphaseLoss],
  ];
  const round = (v: number) => Number(v.toPrecision(6));
  const rows: PlotRow[] = [];
  for (const [name, column] of series) {
    const { x, y } = decimateTrace(time, column, buckets);
    for (let k = 0; k < x.length; k++) {
      rows.push({
        x: round((x[k] as number) / 3600),
        y: round((y[k] as number) / MAH_CM2),
        series: name,
      });
    }
  }
  const lithium = layeredSpec({
    title: "Where the Li is",
    xTitle: "t (h)",
    yTitle: "Li (mAh cm⁻²)",
    layers: [{ rows, mark: "line" }],
  });
  return { voltage: voltagePlot, lithium };
}
