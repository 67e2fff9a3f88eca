import { LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import { segmentCycling } from "../cycling/segmentCycling.js";
import type { CyclingSegment, CyclingSegmentation, CyclingWarning } from "../cycling/types.js";
import {
  type MeasureContext,
  measureContext,
  measureHalfCycle,
} from "../internal/halfCycleMeasures.js";
import { requireNumber } from "../internal/requireOption.js";

/**
 * How a Li‖Cu cell was wired, read from the data (research/cycling.md §3.2: "detect wiring from
 * the first active step rather than assuming"). Stripping half cycles are the current sign whose
 * half cycles reach the largest |V| at their end (the cut-off, ~0.5–1 V); plating ones stay
 * within tens of mV of 0 V. (The largest, not the median: in the reservoir protocol only the
 * conditioning and final strips reach the cut-off.)
 */
export interface CopperWiring {
  /** Current sign of the stripping half cycles: +1 with Cu as the working electrode (lmb's convention). */
  strippingSign: 1 | -1;
  /** Sign of the voltage at the end of a strip: +1 when the file's voltage is Cu vs Li. */
  voltagePolarity: 1 | -1;
  /** True when Cu is not the working electrode as lmb expects (stripping current negative). */
  reversed: boolean;
  /** Median |V| at the end of the stripping and of the plating half cycles, V. */
  medianStripEndVoltage: number;
  medianPlateEndVoltage: number;
  /** The rule, in words, with the numbers. */
  evidence: string;
}

/** A run of consecutive half cycles of one sign (a plating or a stripping). */
export interface CopperRun {
  role: "plate" | "strip";
  /** Half cycles (0-based indices of the segmentation) in the run. */
  halfCycles: number[];
  /** True when a time gap or clock restart falls inside (its charge may be incomplete). */
  timeIssue: boolean;
  /** Charge passed, C. */
  charge: number;
  /** Voltage at the end of the run, polarity-corrected to Cu vs Li, V. */
  endVoltage: number;
  startTime: number;
  endTime: number;
}

/** Options shared by the Li‖Cu analyses. */
export interface CopperAnalysisOptions {
  /** Electrode area, m² (overrides the metadata; for per-area capacities). */
  area?: number;
  /** A segmentation of this record to reuse (from `segmentCycling`). */
  segmentation?: CyclingSegmentation;
  /**
   * Stripping cut-off, V vs Li. @default detected: the median end voltage of the strips that end
   * above 0.2 V (no Li stripping plateau sits that high at usual current densities)
   */
  cutoffVoltage?: number;
  /** A strip reached the cut-off when its end voltage ≥ (1 − this) × the cut-off. @default 0.1 */
  cutoffTolerance?: number;
}

/** Everything the Li‖Cu analyses share: the runs, the wiring and the cut-off. */
export interface CopperRecord {
  segmentation: CyclingSegmentation;
  wiring: CopperWiring;
  runs: CopperRun[];
  /** The cut-off (V vs Li) and where it came from; null when no strip reached one. */
  cutoff: { value: number; source: "option" | "detected" } | null;
  /** Whether each strip run reached the cut-off (by run index). */
  reached: (run: CopperRun) => boolean;
  warnings: CyclingWarning[];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : 0.5 * ((s[m - 1] as number) + (s[m] as number));
}

/**
 * Segments a Li‖Cu record, reads its wiring, groups consecutive same-sign half cycles into
 * plating and stripping runs and finds the stripping cut-off.
 *
 * @throws LmbError `E_INSUFFICIENT_DATA` when the record lacks one of the two current signs
 */
export function copperRecord(data: CyclingData, options: CopperAnalysisOptions): CopperRecord {
  const segmentation =
    options.segmentation ??
    segmentCycling(data, options.area === undefined ? {} : { area: options.area });
  const tolerance = requireNumber(
    options.cutoffTolerance ?? 0.1,
    "options.cutoffTolerance",
    "cut-off tolerance",
    { min: 0, max: 1, exclusiveMax: true },
    "give a fraction such as 0.1",
  );
  const ctx: MeasureContext = measureContext(data, segmentation);
  const halves = segmentation.halfCycles;
  const ends = halves.map((h) => measureHalfCycle(ctx, h).endVoltage);
  const bySign = (s: 1 | -1) =>
    halves.flatMap((h, k) => (h.sign === s ? [Math.abs(ends[k] as number)] : []));
  const pos = bySign(1);
  const neg = bySign(-1);
  if (pos.length === 0 || neg.length === 0) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `the record has ${pos.length} oxidation and ${neg.length} reduction half cycles; Li‖Cu needs both a plating and a stripping`,
      {
        location: { source: data.metadata.sourceFile ?? "current" },
        fix: "give a record with at least one plating and one stripping",
      },
    );
  }
  const strippingSign: 1 | -1 = Math.max(...pos) >= Math.max(...neg) ? 1 : -1;
  const stripEnds = halves.flatMap((h, k) => (h.sign === strippingSign ? [ends[k] as number] : []));
  const voltagePolarity: 1 | -1 = median(stripEnds) >= 0 ? 1 : -1;
  const mStrip = median(strippingSign === 1 ? pos : neg);
  const mPlate = median(strippingSign === 1 ? neg : pos);
  const wiring: CopperWiring = {
    strippingSign,
    voltagePolarity,
    reversed: strippingSign === -1,
    medianStripEndVoltage: mStrip,
    medianPlateEndVoltage: mPlate,
    evidence: `half cycles with ${strippingSign === 1 ? "positive" : "negative"} current end at up to |V| = ${(Math.max(...(strippingSign === 1 ? pos : neg)) * 1e3).toFixed(0)} mV (stripping to a cut-off; median ${(mStrip * 1e3).toFixed(1)} mV), the others at most ${(Math.max(...(strippingSign === 1 ? neg : pos)) * 1e3).toFixed(0)} mV (plating; median ${(mPlate * 1e3).toFixed(1)} mV)`,
  };
  const warnings: CyclingWarning[] = [...segmentation.warnings];
  if (mPlate > 0.3) {
    warnings.push({
      code: "W_NOT_LI_CU",
      message: `the plating half cycles end at a median |V| of ${(mPlate * 1e3).toFixed(0)} mV: Li plating on Cu sits within tens of mV of 0 V, so this may not be a Li‖Cu record (check with guessCellType)`,
    });
  }
  if (wiring.reversed) {
    warnings.push({
      code: "W_REVERSED_WIRING",
      message:
        "stripping runs at negative current: Cu is not the working electrode as lmb expects (or the current sign is flipped); the analysis follows the data",
    });
  }
  const runs: CopperRun[] = [];
  halves.forEach((h: CyclingSegment, k) => {
    const role = h.sign === strippingSign ? "strip" : "plate";
    const last = runs.at(-1);
    const endVoltage = voltagePolarity * (ends[k] as number);
    if (last && last.role === role) {
      last.halfCycles.push(h.index);
      last.charge += h.charge;
      last.timeIssue ||= h.hasGap || h.hasRestart;
      last.endVoltage = endVoltage;
      last.endTime = h.endTime;
    } else {
      runs.push({
        role,
        halfCycles: [h.index],
        timeIssue: h.hasGap || h.hasRestart,
        charge: h.charge,
        endVoltage,
        startTime: h.startTime,
        endTime: h.endTime,
      });
    }
  });
  let cutoff: CopperRecord["cutoff"] = null;
  if (options.cutoffVoltage !== undefined) {
    cutoff = {
      value: requireNumber(
        options.cutoffVoltage,
        "options.cutoffVoltage",
        "cut-off voltage (V vs Li)",
        { min: 0, exclusiveMin: true },
        "give the cut-off in V, e.g. 1",
      ),
      source: "option",
    };
  } else {
    const high = runs
      .filter((r) => r.role === "strip" && r.endVoltage > 0.2)
      .map((r) => r.endVoltage);
    if (high.length > 0) cutoff = { value: median(high), source: "detected" };
    else
      warnings.push({
        code: "W_NO_CUTOFF",
        message:
          "no strip ends above 0.2 V: the strips are limited by time or capacity, not by a cut-off, so a CE below 100 % cannot be told from Li left on the Cu",
      });
  }
  const value = cutoff?.value;
  return {
    segmentation,
    wiring,
    runs,
    cutoff,
    reached: (run) =>
      value !== undefined && run.role === "strip" && run.endVoltage >= (1 - tolerance) * value,
    warnings,
  };
}
