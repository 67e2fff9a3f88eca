import { LmbError } from "@lmb/errors";
import type { ButlerVolmerFitResult, CellKind, CyclingData } from "@lmb/schemas";
import { type CellTypeGuess, guessCellType } from "../cellType/guessCellType.js";
import {
  analyzeSymmetricCycling,
  type SymmetricCyclingOptions,
  type SymmetricCyclingResult,
} from "../cycling/analyzeSymmetricCycling.js";
import {
  type CriticalCurrentDensityResult,
  criticalCurrentDensity,
} from "../cycling/criticalCurrentDensity.js";
import { rateTestKinetics } from "../cycling/rateTest.js";
import { segmentCycling } from "../cycling/segmentCycling.js";
import type { CyclingSegmentation, CyclingWarning } from "../cycling/types.js";
import {
  type FullCellCyclingOptions,
  type FullCellCyclingResult,
  fullCellCycling,
} from "../fullCell/fullCellCycling.js";
import {
  type LithiumCopperEfficiencyOptions,
  type LithiumCopperEfficiencyResult,
  lithiumCopperEfficiency,
} from "../lithiumCopper/lithiumCopperEfficiency.js";
import {
  type ReservoirCoulombicEfficiencyResult,
  reservoirCoulombicEfficiency,
} from "../lithiumCopper/reservoirCoulombicEfficiency.js";

const CELLS: readonly CellKind[] = ["symmetric", "asymmetric", "li-cu", "full", "half-cell"];

/** Li‖Li cells: symmetric or thick‖thin asymmetric. */
const lithiumLithium = (c: CellKind) => c === "symmetric" || c === "asymmetric";

/** Options of {@link analyzeCycling}. SI: m², kg. */
export interface CyclingAnalysisOptions {
  /** The cell configuration; guessed from the data (`guessCellType`) when absent. */
  cell?: CellKind;
  /** Electrode area, m² (overrides the file's). */
  area?: number;
  /** Active cathode mass, kg (full cells; overrides the file's). */
  activeMass?: number;
  /**
   * Per-cm² numbers were asked for (e.g. `--area` style output): without an area the result
   * carries a `W_NO_AREA_PER_CM2` warning naming the fix (the per-cm² columns are null, never a
   * wrong number). @default false
   */
  perArea?: boolean;
  /**
   * Where half cycles begin and end (`segmentCycling`): `"current"`, a maximal run of one current
   * sign with rests ignored; `"file"`, also wherever the file's half-cycle (else step) column
   * changes, e.g. a lithiation in three discharge steps at falling currents. Li‖Cu and full-cell
   * cycles join same-sign pieces again; a Li‖Li record split into same-sign pieces gets
   * `W_SPLIT_HALF_CYCLES` (its cycles pair consecutive pieces). @default "current"
   */
  boundaries?: "current" | "file";
  /** Options of the Li‖Li analysis (area and cell are set from above). */
  symmetric?: Omit<SymmetricCyclingOptions, "area" | "cell" | "segmentation">;
  /** Options of the Li‖Cu CE. */
  lithiumCopper?: Omit<LithiumCopperEfficiencyOptions, "area" | "segmentation">;
  /** Options of the full-cell analysis. */
  fullCell?: Omit<FullCellCyclingOptions, "area" | "activeMass" | "segmentation">;
}

/** Everything {@link analyzeCycling} found, SI (convert with `cyclingAnalysisJson`). */
export interface CyclingAnalysis {
  cell: CellKind;
  cellSource: "option" | "guess";
  /** The guess (also made when the cell was given, to flag a disagreement). */
  guess: CellTypeGuess;
  segmentation: CyclingSegmentation;
  symmetric?: SymmetricCyclingResult;
  /** Symmetric Butler–Volmer fit of the rate test (null when there are < 2 current densities or no area). */
  rateFit?: ButlerVolmerFitResult | null;
  /** CCD, when a Li‖Li record with an area steps its current density up (≥ 3 increasing rate steps). */
  criticalCurrentDensity?: CriticalCurrentDensityResult;
  lithiumCopper?: LithiumCopperEfficiencyResult;
  /** The Adams 2018 reservoir average, when the Li‖Cu record follows that protocol. */
  reservoir?: ReservoirCoulombicEfficiencyResult;
  fullCell?: FullCellCyclingResult;
  /** Every warning: the analysis's and the umbrella's (guess disagreement, missing area). */
  warnings: CyclingWarning[];
}

/**
 * The rate test without the steps that end at or after the first failure: a shorted or
 * depleted cell's "overpotential" is no interface's, and a CCD ladder fails on its last steps.
 */
function beforeFailure(
  result: SymmetricCyclingResult,
  warnings: CyclingWarning[],
): SymmetricCyclingResult["rateTest"] {
  const failure = result.failures.first;
  const rate = result.rateTest;
  if (failure === null) return rate;
  const kept = rate.steps.filter((s) => s.lastHalfCycle < failure.halfCycle);
  if (kept.length === rate.steps.length) return rate;
  const polarization = { currentDensity: [] as number[], overpotential: [] as number[] };
  for (const s of kept) {
    if (s.returnsTo === null && s.absCurrentDensity !== null) {
      polarization.currentDensity.push(s.absCurrentDensity);
      polarization.overpotential.push(s.overpotential);
    }
  }
  const left = rate.polarization.currentDensity.length - polarization.currentDensity.length;
  // Only a record with a rate test (≥ 2 current densities) had a fit to lose steps from.
  if (left > 0 && rate.polarization.currentDensity.length >= 2) {
    warnings.push({
      code: "W_RATE_FIT_BEFORE_FAILURE",
      message: `the Butler–Volmer fit of the rate test uses the ${polarization.currentDensity.length} current density(ies) before the ${failure.kind} in half cycle ${failure.halfCycle + 1}; ${left} later one(s) left out`,
    });
  }
  return { steps: kept, polarization };
}

function fitRateTest(
  result: SymmetricCyclingResult,
  warnings: CyclingWarning[],
): ButlerVolmerFitResult | null {
  const rate = beforeFailure(result, warnings);
  const steps = rate.polarization.currentDensity.length;
  if (steps < 2) return null;
  try {
    // With three or more current densities the series resistance is fitted beside j0 (an
    // ohmic drop left in η would bias j0 low); with two, j0 alone.
    return rateTestKinetics(rate, steps >= 3 ? { areaSpecificResistance: "fit" } : {});
  } catch (error) {
    warnings.push({
      code: "W_NO_BV_FIT",
      message: `no Butler–Volmer fit of the rate test: ${error instanceof Error ? error.message : String(error)}`,
    });
    return null;
  }
}

/** A step-increase (CCD) protocol: an area and ≥ 3 rate steps, each at a larger |I| than the last. */
function isLadder(segmentation: CyclingSegmentation): boolean {
  const steps = segmentation.rateSteps;
  if (segmentation.area === null || steps.length < 3) return false;
  return steps.every((s, k) => k === 0 || s.absCurrent > (steps[k - 1]?.absCurrent ?? 0));
}

/** Li‖Cu: cycle-by-cycle CE, and the reservoir average when the record follows that protocol. */
function copper(
  data: CyclingData,
  segmentation: CyclingSegmentation,
  options: CyclingAnalysisOptions,
): Pick<CyclingAnalysis, "lithiumCopper" | "reservoir"> {
  const lithiumCopper = lithiumCopperEfficiency(data, {
    ...options.lithiumCopper,
    segmentation,
  });
  // The reservoir protocol strips to the cut-off at most twice (conditioning and final strip);
  // a cycle-by-cycle record strips to it every cycle.
  const toCutoff = lithiumCopper.cycles.filter((c) => c.cutoffReached).length;
  if (lithiumCopper.cycles.length < 3 || toCutoff > 2) return { lithiumCopper };
  try {
    return { lithiumCopper, reservoir: reservoirCoulombicEfficiency(data, { segmentation }) };
  } catch (error) {
    if (error instanceof LmbError && error.code === "E_PROTOCOL") return { lithiumCopper };
    throw error;
  }
}

/**
 * Analyses a cycling record as its cell type, the way Li-metal papers report it (SCIENCE.md §1,
 * §7): segments it once (`segmentCycling`), guesses the cell type from the data
 * (`guessCellType`) unless `cell` is given, and runs the matching analysis —
 * `analyzeSymmetricCycling` (with the rate test's symmetric Butler–Volmer fit when there are two
 * or more current densities, the series area-specific resistance fitted too from three; and the
 * critical current density when the current density only steps up) for symmetric and asymmetric Li‖Li cells, `lithiumCopperEfficiency`
 * (and `reservoirCoulombicEfficiency` for a file that follows the Adams 2018 protocol) for Li‖Cu,
 * `fullCellCycling` for full cells (cathode convention: CE = Q_dis/Q_ch) and for half cells (an
 * insertion anode — graphite, Si — against Li; anode convention: each lithiation paired with the
 * delithiation after it, CE = Q_ch/Q_dis). A record no rule recognises is analysed like a full
 * cell (capacity, CE, retention per cycle; the electrode read off its voltage) with a
 * `W_CELL_UNKNOWN` warning; a given cell type that the data contradict gets `W_CELL_DISAGREES`;
 * a missing area with `perArea` gets `W_NO_AREA_PER_CM2`; an active mass or 1 C option on a Li‖Li
 * or Li‖Cu cell gets `W_OPTION_IGNORED`; a record where most half cycles do not
 * hold a constant current (mean |I| below half the peak: potentiostatic, CV, impedance; or a
 * current that moves by more than 20 % of its peak while the voltage stays within
 * max(2 mV, 0.5 %): a potentiostatic hold) gets `W_NOT_GALVANOSTATIC`.
 *
 * @param data - a cycling record (`@lmb/io` readers' convention: SI, current positive = oxidation at the working electrode)
 * @param options - cell type, area (m²), active mass (kg), per-analysis options
 * @returns the SI results of the matching analysis, the guess and every warning
 * A record with half cycles but no complete cycle of its kind (a lone formation charge) keeps
 * its segmentation (every half cycle's capacity) and gets `W_ANALYSIS_SKIPPED` with the reason.
 *
 * @throws LmbError `E_NO_CURRENT` (no current, or zero throughout), `E_INSUFFICIENT_DATA` (no
 *   half cycle at all), `E_INVALID_INPUT` (bad option)
 * @example
 * const r = analyzeCycling(data, { area: 1.13e-4 });
 * r.cell; r.guess.evidence; r.symmetric?.cycles[0]?.overpotential;
 */
export function analyzeCycling(
  data: CyclingData,
  options: CyclingAnalysisOptions = {},
): CyclingAnalysis {
  if (options.cell !== undefined && !CELLS.includes(options.cell)) {
    throw new LmbError("E_INVALID_INPUT", `cell = ${String(options.cell)} is not a cell type`, {
      location: { source: "cell" },
      fix: `give one of ${CELLS.join(", ")}`,
    });
  }
  const segmentation = segmentCycling(data, {
    ...(options.area === undefined ? {} : { area: options.area }),
    ...(options.boundaries === undefined ? {} : { boundaries: options.boundaries }),
  });
  const source = data.metadata.sourceFile ?? "the record";
  if (segmentation.halfCycles.length === 0) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `${source} has no half cycle: the current flows for fewer than 2 points in a row (${segmentation.pointCount} points, max |I| ${segmentation.maxAbsCurrent} A)`,
      {
        location: { source },
        fix: "analyse a galvanostatic cycling record with at least one plating or stripping step",
      },
    );
  }
  const guess = guessCellType(data, { segmentation });
  const guessed = guess.cellType === "unknown" ? "full" : guess.cellType;
  const cell = options.cell ?? guessed;
  const warnings: CyclingWarning[] = [];
  const why = guess.reasons.join("; ");
  if (options.cell === undefined && guess.cellType === "unknown") {
    warnings.push({
      code: "W_CELL_UNKNOWN",
      message: `the cell type is not recognised (${why}); analysed like a full cell (capacity, CE and retention per cycle) — give --cell to choose`,
    });
  } else if (
    options.cell !== undefined &&
    guess.cellType !== "unknown" &&
    options.cell !== guess.cellType &&
    !(lithiumLithium(options.cell) && lithiumLithium(guess.cellType))
  ) {
    warnings.push({
      code: "W_CELL_DISAGREES",
      message: `analysed as ${options.cell} as asked, but the data look like ${guess.cellType}: ${why}`,
    });
  }
  // A constant-current step has |mean I| ≈ max|I|; a potentiostatic step, a CV sweep or an
  // impedance sine averages far below its peak. A potentiostatic hold can also average near its
  // peak (a slowly decaying current), but then the voltage stays put while the current moves.
  const voltage = data.columns.voltage;
  const heldVoltage = (h: (typeof segmentation.halfCycles)[number]) => {
    if (h.maxAbsCurrent - h.minAbsCurrent <= 0.2 * h.maxAbsCurrent) return false;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = h.start; i < h.end; i++) {
      const v = voltage[i] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return hi - lo <= Math.max(2e-3, 0.005 * Math.max(Math.abs(lo), Math.abs(hi)));
  };
  const varying = segmentation.halfCycles.filter(
    (h) => Math.abs(h.meanCurrent) < 0.5 * h.maxAbsCurrent || heldVoltage(h),
  ).length;
  if (varying > segmentation.halfCycles.length / 2) {
    warnings.push({
      code: "W_NOT_GALVANOSTATIC",
      message: `${varying} of ${segmentation.halfCycles.length} half cycles do not hold a constant current (mean |I| below half the peak |I|): a potentiostatic, voltammetry or impedance record? The analyses assume galvanostatic steps (a CC-CV charge alone does not trigger this)`,
    });
  }
  if (options.perArea && segmentation.area === null) {
    warnings.push({
      code: "W_NO_AREA_PER_CM2",
      message: `per-cm² numbers were asked for but ${source} gives no electrode area: they are left out (null); give the area (--area "1.13 cm2", option area in m²)`,
    });
  }
  const out: CyclingAnalysis = {
    cell,
    cellSource: options.cell === undefined ? "guess" : "option",
    guess,
    segmentation,
    warnings,
  };
  try {
    runAnalysis(data, cell, segmentation, options, out);
  } catch (error) {
    // A record with half cycles but no complete cycle of its kind (one formation charge, a lone
    // discharge): the segmentation stands, the analysis is skipped with the reason.
    if (!(error instanceof LmbError && error.code === "E_INSUFFICIENT_DATA")) throw error;
    out.warnings = [
      ...segmentation.warnings,
      ...warnings,
      {
        code: "W_ANALYSIS_SKIPPED",
        message: `no ${cell} analysis: ${error.message}; the half cycles and their capacities are in the segmentation`,
      },
    ];
  }
  return out;
}

/** Runs the analysis of `cell` and fills its section and the warnings into `out`. */
function runAnalysis(
  data: CyclingData,
  cell: CellKind,
  segmentation: CyclingSegmentation,
  options: CyclingAnalysisOptions,
  out: CyclingAnalysis,
): void {
  const warnings = out.warnings;
  if (cell !== "full" && cell !== "half-cell") {
    const f = options.fullCell ?? {};
    const ignored = [
      options.activeMass === undefined ? null : "active mass",
      f.nominalCapacity === undefined ? null : "nominal capacity",
      f.specificCapacity === undefined ? null : "specific capacity",
      f.cathode === undefined ? null : "cathode",
    ].filter((x): x is string => x !== null);
    if (ignored.length > 0) {
      warnings.push({
        code: "W_OPTION_IGNORED",
        message: `${ignored.join(", ")} given, but a ${cell} cell has no active mass or C-rate: ignored (give --cell full or half-cell if the record is one)`,
      });
    }
  }
  if (lithiumLithium(cell)) {
    const symmetric = analyzeSymmetricCycling(data, {
      ...options.symmetric,
      cell: cell as "symmetric" | "asymmetric",
      segmentation,
    });
    out.symmetric = symmetric;
    const fitWarnings: CyclingWarning[] = [];
    out.rateFit = fitRateTest(symmetric, fitWarnings);
    if (isLadder(segmentation)) out.criticalCurrentDensity = criticalCurrentDensity(symmetric);
    const halves = segmentation.halfCycles;
    const split = halves.filter((h, k) => k > 0 && halves[k - 1]?.sign === h.sign).length;
    if (split > 0) {
      fitWarnings.push({
        code: "W_SPLIT_HALF_CYCLES",
        message: `the file's ${segmentation.boundarySource === "file-half-cycle" ? "half-cycle" : "step"} column splits ${split} plating or stripping run(s) into same-sign pieces: each piece is analysed as a half cycle and cycles pair consecutive pieces, so cycle numbers drift from the current's; use boundaries "current" (--boundaries current) for Li‖Li cycles`,
      });
    }
    out.warnings = [...symmetric.warnings, ...warnings, ...fitWarnings];
  } else if (cell === "li-cu") {
    Object.assign(out, copper(data, segmentation, options));
    out.warnings = [...(out.lithiumCopper?.warnings ?? []), ...warnings];
  } else {
    const fullCell = fullCellCycling(data, {
      ...options.fullCell,
      ...(cell === "half-cell" ? { electrode: "anode" as const } : {}),
      ...(options.activeMass === undefined ? {} : { activeMass: options.activeMass }),
      segmentation,
    });
    out.fullCell = fullCell;
    out.warnings = [...fullCell.warnings, ...warnings];
  }
}
