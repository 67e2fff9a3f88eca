import type { VegaLiteSpec } from "@lmb/schemas";
import { decimateTrace } from "./decimateTrace.js";
import { layeredSpec, type PlotRow } from "./plotSpec.js";

/** An event to mark on a voltage–time plot. */
export interface PlotEvent {
  /** Time on the same clock as the trace, s. */
  time: number;
  /** Short label, e.g. "hard-short (cycle 100)". */
  label: string;
}

/** Options of {@link voltageTimePlot}. */
export interface VoltageTimePlotOptions {
  /** Events to mark with a vertical rule and a label (failures, nucleation tip). */
  events?: readonly PlotEvent[];
  /** Point range drawn, [from, to) (a zoom window). @default the whole trace */
  from?: number;
  to?: number;
  /** Pixel columns: the trace is min/max-decimated to ≤ 4 points per column. @default 800 */
  buckets?: number;
  title?: string;
  /** Voltage in mV instead of V (Li‖Li cells). @default false */
  millivolts?: boolean;
}

/**
 * Voltage against time (h) as a Vega-Lite spec, min/max-decimated to the picture's resolution
 * ({@link decimateTrace}) so that a 5-million-point record makes a spec of a few thousand points,
 * with vertical rules and labels at the given events (failures, the nucleation tip). With
 * `from`/`to` it draws a zoom window (the insets of papers: a few cycles of a long record).
 *
 * @param time - s, continuous clock (`continuousTime`)
 * @param voltage - V
 * @param options - events, range, resolution, title, mV
 * @example
 * voltageTimePlot(continuousTime(data.columns.time), data.columns.voltage, { events: [{ time: 3.6e6, label: "hard short" }] });
 */
export function voltageTimePlot(
  time: ArrayLike<number>,
  voltage: ArrayLike<number>,
  options: VoltageTimePlotOptions = {},
): VegaLiteSpec {
  const from = options.from ?? 0;
  const to = options.to ?? time.length;
  const { x, y } = decimateTrace(time, voltage, options.buckets ?? 800, from, to);
  const scale = options.millivolts ? 1e3 : 1;
  // 6 significant digits: far below a pixel, and half the spec's size.
  const round = (v: number) => Number(v.toPrecision(6));
  const rows: PlotRow[] = x.map((t, k) => ({
    x: round(t / 3600),
    y: round((y[k] as number) * scale),
    series: "voltage",
  }));
  const t0 = (time[from] as number) ?? 0;
  const t1 = (time[Math.max(from, to - 1)] as number) ?? 0;
  let top = Number.NEGATIVE_INFINITY;
  for (const r of rows) top = Math.max(top, r.y);
  const events = (options.events ?? []).filter((e) => e.time >= t0 && e.time <= t1);
  const marks: PlotRow[] = events.map((e) => ({
    x: e.time / 3600,
    y: Number.isFinite(top) ? top : 0,
    series: "event",
    label: e.label,
  }));
  return layeredSpec({
    title: options.title ?? "Voltage against time",
    xTitle: "t (h)",
    yTitle: options.millivolts ? "V (mV)" : "V (V)",
    layers: [
      { rows, mark: "line" },
      { rows: marks, mark: "rule" },
      { rows: marks, mark: "text" },
    ],
  });
}
