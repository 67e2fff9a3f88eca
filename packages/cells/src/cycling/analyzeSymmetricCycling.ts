import {
  type NucleationOverpotentialOptions,
  type NucleationOverpotentialResult,
  nucleationOverpotential,
} from "@lmb/nucleation";
import type { CyclingData } from "@lmb/schemas";
import { continuousTime } from "./continuousTime.js";
import { type CycleOverpotential, cycleOverpotentials } from "./cycleOverpotentials.js";
import { detectFailures } from "./failures/detectFailures.js";
import type { FailureOptions, FailureReport } from "./failures/failureTypes.js";
import {
  type CapacityWindow,
  type HalfCycleOverpotential,
  halfCycleOverpotentials,
  type OverpotentialOptions,
} from "./halfCycleOverpotentials.js";
import { type RateTest, rateTestSteps } from "./rateTest.js";
import { type SegmentCyclingOptions, segmentCycling } from "./segmentCycling.js";
import type { CyclingSegmentation, CyclingWarning } from "./types.js";
import { cyclingColumns } from "./validateCycling.js";

/** Share of active points in the reference half cycles whose voltage has the current's sign. */
function voltageFollowsCurrent(
  voltage: Float64Array,
  current: Float64Array,
  segmentation: CyclingSegmentation,
  reference: { from: number; to: number },
): number {
  const zero = segmentation.zeroCurrentThreshold;
  let agree = 0;
  let total = 0;
  for (let k = reference.from; k < reference.to; k++) {
    const h = segmentation.halfCycles[k];
    if (h === undefined) continue;
    for (let i = h.start; i < h.end; i++) {
      const I = current[i] as number;
      if (h.sign * I <= zero) continue;
      total++;
      if ((voltage[i] as number) * I > 0) agree++;
    }
  }
  return total > 0 ? agree / total : 0;
}

/** Options of {@link analyzeSymmetricCycling}. */
export interface SymmetricCyclingOptions extends SegmentCyclingOptions, OverpotentialOptions {
  /** "symmetric" (Li‖Li, equal electrodes) or "asymmetric" (thick‖thin Li). @default "symmetric" */
  cell?: "symmetric" | "asymmetric";
  /** A segmentation of the same record already computed (skips {@link segmentCycling}). */
  segmentation?: CyclingSegmentation;
  /** Failure thresholds ({@link FailureOptions}). */
  failures?: FailureOptions;
  /** Options of `@lmb/nucleation` `nucleationOverpotential` for the first plating, or false to skip it. */
  nucleation?: NucleationOverpotentialOptions | false;
}

/**
 * Everything {@link analyzeSymmetricCycling} reports for a Li‖Li record: plain JSON-friendly
 * objects (voltages V, resistances Ω and Ω m², times s, charges C and C m⁻², current densities
 * A m⁻²; 1 mA cm⁻² = 10 A m⁻², 1 mAh cm⁻² = 36 000 C m⁻², 1 Ω m² = 10⁴ Ω cm²).
 *
 * @example
 * r.cycles.map((c) => c.overpotential * 1e3); // mV per cycle
 * r.failures.first?.kind; // "hard-short"
 */
export interface SymmetricCyclingResult {
  analysis: "symmetric-cycling";
  cell: "symmetric" | "asymmetric";
  /**
   * Share of the active points in the reference half cycles where V has the current's sign:
   * ~1 for a Li‖Li cell (the cell voltage is the overpotential and follows the current), ~½ for a
   * half or full cell (V > 0 throughout). Below 0.9 a `W_NOT_LI_LI` warning is added.
   */
  polarity: number;
  segmentation: CyclingSegmentation;
  /** Plateau window used, as shares of each half cycle's charge. */
  plateauWindow: CapacityWindow;
  halfCycles: HalfCycleOverpotential[];
  cycles: CycleOverpotential[];
  /**
   * Nucleation overpotential of the first half cycle (the first plating on one electrode), from
   * `@lmb/nucleation`; null when skipped or not resolvable (then a warning says why).
   */
  nucleation: NucleationOverpotentialResult | null;
  rateTest: RateTest;
  failures: FailureReport;
  warnings: CyclingWarning[];
}

/**
 * Analyses a symmetric (Li‖Li) or asymmetric (thick‖thin Li) galvanostatic cycling record the way
 * Li-metal papers report it (SCIENCE.md §1, §7; research/cycling.md §3.3–3.6):
 * segmentation ({@link segmentCycling}), per-half-cycle and per-cycle overpotentials
 * ({@link halfCycleOverpotentials}, {@link cycleOverpotentials}), the nucleation overpotential
 * of the first plating (`@lmb/nucleation` `nucleationOverpotential`), the rate-test table
 * ({@link rateTestSteps}; fit it with {@link rateTestKinetics}) and failure events
 * ({@link detectFailures}). For the critical current density of a step-increase protocol pass
 * the result to {@link criticalCurrentDensity}.
 *
 * A handful of passes over the columns, no per-point objects: a 5-million-point trace takes
 * well under 2 s (see the package bench).
 *
 * @param data - a cycling dataset (time s, voltage V, current A; `@lmb/io` readers' convention)
 * @param options - area (m²), segmentation, plateau window, shape and failure thresholds
 * @returns {@link SymmetricCyclingResult}
 * @throws LmbError `E_NO_CURRENT`, `E_NON_FINITE_DATA`, `E_LENGTH_MISMATCH`,
 *   `E_INSUFFICIENT_DATA`, `E_INVALID_INPUT` (bad option)
 * @example
 * const data = await readFile("LiLi_1mAcm2_1mAhcm2.mpr");
 * const r = analyzeSymmetricCycling(data, { area: 1.13e-4 });
 * r.cycles[0].overpotential; // 0.021 V
 * r.nucleation?.nucleation; // 0.044 V
 * r.failures.hardShort?.elapsed; // s until the short
 */
export function analyzeSymmetricCycling(
  data: CyclingData,
  options: SymmetricCyclingOptions = {},
): SymmetricCyclingResult {
  // segmentCycling validates the columns; a given segmentation needs them checked here.
  const segmentation = options.segmentation ?? segmentCycling(data, options);
  const { voltage, current } =
    options.segmentation === undefined ? data.columns : cyclingColumns(data);
  const time = continuousTime(data.columns.time);
  const plateauWindow = options.plateauWindow ?? { from: 0.25, to: 0.75 };
  const halfCycles = halfCycleOverpotentials(voltage, current, time, segmentation, options);
  const cycles = cycleOverpotentials(halfCycles);
  const warnings: CyclingWarning[] = [...segmentation.warnings];
  let nucleation: NucleationOverpotentialResult | null = null;
  const first = segmentation.halfCycles[0];
  if (options.nucleation !== false && first !== undefined) {
    try {
      nucleation = nucleationOverpotential(
        time.subarray(first.start, first.end),
        voltage.subarray(first.start, first.end),
        current.subarray(first.start, first.end),
        options.nucleation ?? {},
      );
      for (const w of nucleation.warnings)
        warnings.push({ code: w.code, message: `nucleation: ${w.message}` });
    } catch (error) {
      warnings.push({
        code: "W_NO_NUCLEATION",
        message: `no nucleation overpotential for the first half cycle: ${error instanceof Error ? error.message : String(error)}`,
        time: first.startTime,
        index: first.start,
      });
    }
  }
  const rateTest = rateTestSteps(segmentation.rateSteps, halfCycles, options.rateTolerance ?? 0.05);
  const failures = detectFailures(
    voltage,
    current,
    time,
    segmentation,
    halfCycles,
    options.failures,
  );
  const polarity = voltageFollowsCurrent(voltage, current, segmentation, failures.reference);
  if (polarity < 0.1 && failures.reference.plateau <= 1) {
    warnings.push({
      code: "W_SIGN_INVERTED",
      message: `the voltage has the opposite sign of the current at ${((1 - polarity) * 100).toFixed(0)} % of the early points: the file's current or voltage sign is inverted relative to lmb's convention (current positive = oxidation at the working electrode); |V| overpotentials are unaffected, but plating and stripping are swapped`,
    });
  } else if (polarity < 0.9 || failures.reference.plateau > 1) {
    warnings.push({
      code: "W_NOT_LI_LI",
      message: `this does not look like a Li‖Li record: the voltage follows the current's sign at ${(polarity * 100).toFixed(0)} % of the early points (a Li‖Li cell: ~100 %) and the early plateau is ${failures.reference.plateau.toPrecision(3)} V (Li‖Li: tens of mV); for a half or full cell use the Li‖Cu or full-cell analysis`,
    });
  }
  if (halfCycles.length < 2) {
    warnings.push({
      code: "W_ONE_HALF_CYCLE",
      message:
        "the record has a single half cycle: no cycle statistics or failure comparison with an early reference",
    });
  }
  return {
    analysis: "symmetric-cycling",
    cell: options.cell ?? "symmetric",
    polarity,
    segmentation,
    plateauWindow,
    halfCycles,
    cycles,
    nucleation,
    rateTest,
    failures,
    warnings,
  };
}
