import { LmbError } from "@lmb/errors";
import type {
  KineticsWarning,
  NucleationOverpotentialResultJson,
  NucleationOverpotentialSeriesResult,
} from "@lmb/schemas";
import type {
  NucleationOverpotentialOptions,
  NucleationOverpotentialResult,
} from "../overpotential/nucleationOverpotential.js";
import type { OverpotentialSeriesRow } from "../overpotential/overpotentialSeries.js";
import { estimateJson, quantityJson } from "./jsonValues.js";
import { layeredPlot, type PlotRow } from "./nucleationPlot.js";

/** Options of {@link nucleationOverpotentialJson}. */
export interface NucleationOverpotentialJsonOptions {
  /** The record's label (file name). */
  label?: string;
  /** Electrode area, m²: with it the step's current density is reported. */
  area?: number;
  /** The record's time (s) and voltage (V): with them the result carries a plot of the step. */
  trace?: { time: ArrayLike<number>; voltage: ArrayLike<number> };
  /** The options given to `nucleationOverpotential` (for the window rules). */
  analysis?: NucleationOverpotentialOptions;
}

const RELATION = "η_nuc = |V_tip| − |V_plateau|";

function percent(share: number): string {
  return `${Number((100 * share).toPrecision(3))} %`;
}

function stepPlot(
  r: NucleationOverpotentialResult,
  trace: { time: ArrayLike<number>; voltage: ArrayLike<number> },
) {
  const span = r.step.to - r.step.from;
  const from = r.step.from - 0.05 * span;
  const lines: PlotRow[] = [];
  for (let i = 0; i < trace.time.length; i++) {
    const t = trace.time[i] as number;
    if (t >= from && t <= r.step.to) {
      lines.push({ x: t, y: (trace.voltage[i] as number) * 1e3, series: "voltage" });
    }
  }
  const plateau = r.plateauVoltage * 1e3;
  lines.push(
    { x: r.plateauWindow.from, y: plateau, series: "plateau (median)" },
    { x: r.plateauWindow.to, y: plateau, series: "plateau (median)" },
  );
  return layeredPlot({
    title: "Nucleation overpotential of the first plating step",
    xTitle: "t (s)",
    yTitle: "V (mV)",
    points: [{ x: r.tipTime, y: r.tipVoltage * 1e3, series: "tip" }],
    lines,
  });
}

function reading(
  r: NucleationOverpotentialResult,
  options: NucleationOverpotentialJsonOptions,
): Omit<NucleationOverpotentialResultJson, "plot"> {
  const tipShare = options.analysis?.tipShare ?? 0.25;
  const plateauShare = options.analysis?.plateauShare ?? { from: 0.25, to: 0.5 };
  if (options.area !== undefined && !(options.area > 0)) {
    throw new LmbError("E_INVALID_ARGUMENT", `the area must be positive, got ${options.area}`, {
      fix: "give the electrode area in m² (1.13 cm² = 1.13e-4)",
    });
  }
  const warnings: KineticsWarning[] = r.warnings.map((w) => ({ ...w }));
  return {
    analysis: "nucleation-overpotential",
    ...(options.label === undefined ? {} : { source: options.label }),
    relation: RELATION,
    nucleationOverpotential: estimateJson(r.nucleation, "mV"),
    plateauOverpotential: estimateJson(r.plateau, "mV"),
    tipOverpotential: estimateJson(r.tip, "mV"),
    tipVoltage: quantityJson(r.tipVoltage, "mV"),
    tipTime: quantityJson(r.tipTime, "s"),
    plateauVoltage: quantityJson(r.plateauVoltage, "mV"),
    step: {
      start: quantityJson(r.step.from, "s"),
      end: quantityJson(r.step.to, "s"),
      direction: r.step.sign < 0 ? "reduction" : "oxidation",
      meanCurrent: quantityJson(r.step.meanCurrent, "mA"),
      ...(options.area === undefined
        ? {}
        : {
            currentDensity: quantityJson(Math.abs(r.step.meanCurrent) / options.area, "mA cm-2"),
          }),
    },
    tipWindow: {
      lower: r.tipWindow.from,
      upper: r.tipWindow.to,
      unit: "s",
      rule: `first ${percent(tipShare)} of the step; the tip is the extreme voltage in the current's direction`,
    },
    plateauWindow: {
      lower: r.plateauWindow.from,
      upper: r.plateauWindow.to,
      unit: "s",
      rule: `${percent(plateauShare.from)}–${percent(plateauShare.to)} of the step time after the tip; the plateau is the median voltage`,
    },
    warnings,
  };
}

/**
 * Turns a {@link NucleationOverpotentialResult} (V, s) into the `NucleationOverpotentialResult`
 * of `@lmb/schemas`: η_nuc, plateau and tip overpotentials in mV, where they were read, the step
 * (and its current density with `options.area`) and, with `options.trace`, a plot of the step's
 * voltage with the tip and the plateau marked.
 *
 * @param result - a result of `nucleationOverpotential`
 * @param options - label, area (m²), the trace for the plot and the analysis options used
 * @throws LmbError `E_INVALID_ARGUMENT` for a non-positive area
 * @example
 * const r = nucleationOverpotential(time, voltage, current);
 * nucleationOverpotentialJson(r, { area: 1.13e-4, trace: { time, voltage } }).nucleationOverpotential.value; // mV
 */
export function nucleationOverpotentialJson(
  result: NucleationOverpotentialResult,
  options: NucleationOverpotentialJsonOptions = {},
): NucleationOverpotentialResultJson {
  const out: NucleationOverpotentialResultJson = reading(result, options);
  if (options.trace !== undefined) out.plot = stepPlot(result, options.trace);
  return out;
}

/**
 * Turns the rows of `nucleationOverpotentialSeries` into the `NucleationOverpotentialSeriesResult`
 * of `@lmb/schemas`: one reading per record (sorted by current density, in mA cm⁻²) and a plot of
 * η_nuc, the plateau and the tip overpotential against j. Warns when η_nuc falls as j rises
 * (classical nucleation expects it to rise).
 *
 * @param rows - rows of `nucleationOverpotentialSeries`
 * @param analysis - the options given to the series (for the window rules)
 * @example
 * nucleationOverpotentialSeriesJson(nucleationOverpotentialSeries(records)).rows[0]?.nucleationOverpotential;
 */
export function nucleationOverpotentialSeriesJson(
  rows: readonly OverpotentialSeriesRow[],
  analysis: NucleationOverpotentialOptions = {},
): NucleationOverpotentialSeriesResult {
  const sorted = [...rows].sort((a, b) => a.currentDensity - b.currentDensity);
  const out = sorted.map((row) => {
    const r = reading(row.result, {
      ...(row.label === undefined ? {} : { label: row.label }),
      analysis,
    });
    const currentDensity = quantityJson(row.currentDensity, "mA cm-2");
    return { ...r, step: { ...r.step, currentDensity }, currentDensity };
  });
  const warnings: KineticsWarning[] = [];
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (
    first !== undefined &&
    last !== undefined &&
    sorted.length >= 2 &&
    last.result.nucleation < first.result.nucleation
  ) {
    warnings.push({
      code: "W_FALLING_OVERPOTENTIAL",
      message:
        "η_nuc is lower at the highest current density than at the lowest: check the records (nucleation overpotential normally rises with current density)",
    });
  }
  const plotRows: PlotRow[] = sorted.flatMap((row) => {
    const x = row.currentDensity / 10;
    return [
      { x, y: row.result.nucleation * 1e3, series: "η_nuc" },
      { x, y: row.result.plateau * 1e3, series: "plateau" },
      { x, y: row.result.tip * 1e3, series: "tip" },
    ];
  });
  return {
    analysis: "nucleation-overpotential-series",
    rows: out,
    warnings,
    plot: layeredPlot({
      title: "Nucleation overpotential against current density",
      xTitle: "j (mA cm⁻²)",
      yTitle: "η (mV)",
      points: plotRows,
      lines: plotRows,
    }),
  };
}
