import { LmbError } from "@lmb/errors";
import type {
  CellTypeGuessJson,
  CyclingAnalysisResult,
  CyclingData,
  CyclingPlot,
} from "@lmb/schemas";
import type { CyclingAnalysis } from "../analysis/analyzeCycling.js";
import type { CellTypeEvidence, CellTypeGuess } from "../cellType/guessCellType.js";
import { continuousTime } from "../cycling/continuousTime.js";
import {
  capacityRetentionPlot,
  coulombicEfficiencyPlot,
  overpotentialPlot,
} from "../plots/cyclePlots.js";
import { type PlotEvent, voltageTimePlot } from "../plots/voltageTimePlot.js";
import { fullCellCyclingJson } from "./fullCellCyclingJson.js";
import {
  lithiumCopperEfficiencyJson,
  reservoirCoulombicEfficiencyJson,
} from "./lithiumCopperJson.js";
import { segmentationJson, warningsJson } from "./segmentationJson.js";
import { criticalCurrentDensityJson, symmetricCyclingJson } from "./symmetricCyclingJson.js";

/** Options of {@link cyclingAnalysisJson}. */
export interface CyclingAnalysisJsonOptions {
  /** The record's label (file name). */
  label?: string;
  /** A zoom window to draw: cycles `[first, last]`, 1-based, inclusive (like a paper's inset). */
  zoom?: readonly [number, number];
  /** Pixel columns of the voltage–time pictures (min/max decimation). @default 800 */
  buckets?: number;
}

/** The guess in the schema's shape: the known evidence fields picked (V, shares, counts). */
function cellTypeGuessJson(guess: CellTypeGuess): CellTypeGuessJson {
  const e = guess.evidence as CellTypeEvidence & {
    signAgreementBySign?: { positive: number | null; negative: number | null };
  };
  return {
    cellType: guess.cellType,
    reasons: [...guess.reasons],
    evidence: {
      voltagePercentiles: { ...e.voltagePercentiles },
      medianAbsVoltage: e.medianAbsVoltage,
      signAgreement: e.signAgreement,
      ...(e.signAgreementBySign === undefined
        ? {}
        : { signAgreementBySign: { ...e.signAgreementBySign } }),
      positiveHalfCycles: e.positiveHalfCycles,
      negativeHalfCycles: e.negativeHalfCycles,
      cutoffEnds: { ...e.cutoffEnds },
      limitEnds: e.limitEnds,
    },
  };
}

/** First index with time ≥ t (time non-decreasing). */
function lowerBound(time: Float64Array, t: number): number {
  let lo = 0;
  let hi = time.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((time[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Turns a {@link CyclingAnalysis} (SI) into the `CyclingAnalysisResult` of `@lmb/schemas`, with
 * the plots: voltage against time with the detected events marked (min/max-decimated, so a long
 * record makes a small spec), the per-cycle picture of the cell type (overpotential, CE, or
 * capacity and retention against cycle) and, with `zoom`, the voltage over a cycle range.
 *
 * @param analysis - from `analyzeCycling`
 * @param data - the same record (for the voltage–time pictures)
 * @param options - label, zoom window (cycles, 1-based), resolution
 * @throws LmbError `E_INVALID_INPUT` for a zoom window outside the record's cycles
 * @example
 * const json = cyclingAnalysisJson(analyzeCycling(data), data, { label: "cell.mpr", zoom: [1, 10] });
 * json.plots.map((p) => p.name); // ["voltage", "overpotential", "zoom-1-10"]
 */
export function cyclingAnalysisJson(
  analysis: CyclingAnalysis,
  data: CyclingData,
  options: CyclingAnalysisJsonOptions = {},
): CyclingAnalysisResult {
  const label = options.label;
  const time = continuousTime(data.columns.time);
  const voltage = data.columns.voltage;
  const buckets = options.buckets ?? 800;
  const plots: CyclingPlot[] = [];
  const events: PlotEvent[] = [];
  let cycleTimes: { startTime: number; endTime: number }[] = [];
  const out: CyclingAnalysisResult = {
    analysis: "cycling-analysis",
    ...(label === undefined ? {} : { source: label }),
    cell: analysis.cell,
    cellSource: analysis.cellSource,
    guess: cellTypeGuessJson(analysis.guess),
    segmentation: segmentationJson(analysis.segmentation),
    plots,
    warnings: warningsJson(analysis.warnings),
  };
  let cyclePlot: CyclingPlot | null = null;
  const millivolts = analysis.symmetric !== undefined;
  if (analysis.symmetric !== undefined) {
    const s = symmetricCyclingJson(analysis.symmetric, { fit: analysis.rateFit ?? null });
    out.symmetric = s;
    const f = analysis.symmetric.failures;
    const list = [f.hardShort, f.polarizationRunaway, f.voltageLimit, f.softShorts[0] ?? null];
    for (const e of list) {
      if (e !== null) events.push({ time: e.time, label: `${e.kind} (cycle ${e.cycle + 1})` });
    }
    const marked = [
      s.failures.hardShort,
      s.failures.polarizationRunaway,
      s.failures.voltageLimit,
      s.failures.softShorts[0] ?? null,
    ].filter((e) => e !== null);
    cyclePlot = {
      name: "overpotential",
      title: "Plateau overpotential against cycle",
      spec: overpotentialPlot(s.cycles, marked),
    };
    cycleTimes = analysis.symmetric.cycles;
    if (analysis.criticalCurrentDensity !== undefined) {
      out.criticalCurrentDensity = criticalCurrentDensityJson(
        analysis.criticalCurrentDensity,
        label,
      );
    }
  }
  if (analysis.lithiumCopper !== undefined) {
    const c = lithiumCopperEfficiencyJson(analysis.lithiumCopper, label);
    out.lithiumCopper = c;
    cyclePlot = {
      name: "ce",
      title: "Coulombic efficiency against cycle",
      spec: coulombicEfficiencyPlot(c.cycles, c.cycleLife.threshold),
    };
    cycleTimes = analysis.lithiumCopper.cycles;
  }
  if (analysis.reservoir !== undefined) {
    out.reservoir = reservoirCoulombicEfficiencyJson(analysis.reservoir, label);
  }
  if (analysis.fullCell !== undefined) {
    const fc = fullCellCyclingJson(analysis.fullCell, label);
    out.fullCell = fc;
    cyclePlot = {
      name: "capacity",
      title: "Capacity and retention against cycle",
      spec: capacityRetentionPlot(fc.cycles, fc.retention.threshold),
    };
    cycleTimes = analysis.fullCell.cycles;
  }
  plots.push({
    name: "voltage",
    title: "Voltage against time",
    spec: voltageTimePlot(time, voltage, { events, buckets, millivolts }),
  });
  if (cyclePlot !== null) plots.push(cyclePlot);
  if (options.zoom !== undefined) {
    const [first, last] = options.zoom;
    const n = cycleTimes.length;
    if (
      !(
        Number.isInteger(first) &&
        Number.isInteger(last) &&
        first >= 1 &&
        last >= first &&
        first <= n
      )
    ) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `zoom window cycles ${first}–${last} is not within the record's ${n} cycle(s)`,
        {
          location: { source: "zoom" },
          fix: `give first–last cycles with 1 ≤ first ≤ last, first ≤ ${n}, e.g. 1-${Math.min(n, 10)}`,
        },
      );
    }
    const a = cycleTimes[first - 1] as { startTime: number };
    const b = cycleTimes[Math.min(last, n) - 1] as { endTime: number };
    const from = lowerBound(time, a.startTime);
    const to = Math.max(from + 1, lowerBound(time, b.endTime) + 1);
    plots.push({
      name: `zoom-${first}-${last}`,
      title: `Voltage over cycles ${first}–${last}`,
      spec: voltageTimePlot(time, voltage, {
        events,
        buckets,
        millivolts,
        from,
        to: Math.min(to, time.length),
        title: `Voltage over cycles ${first}–${Math.min(last, n)}`,
      }),
    });
  }
  return out;
}
