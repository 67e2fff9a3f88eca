import { LmbError } from "@lmb/errors";
import { type ButlerVolmerFitOptions, butlerVolmerFit } from "@lmb/kinetics";
import type { ButlerVolmerFitResult } from "@lmb/schemas";
import type { HalfCycleOverpotential } from "./halfCycleOverpotentials.js";
import { medianInPlace } from "./median.js";
import type { RateStep } from "./types.js";

/**
 * One current-density step of a rate test on a Li‖Li cell (SCIENCE.md §1: stepwise 1, 2, 3, 5,
 * 8, 10 mA cm⁻² then back to 1). η is the cell overpotential |V| (both electrodes).
 *
 * @example
 * rate.steps.map((s) => [s.absCurrentDensity, s.overpotential]); // [[10, 0.021], [20, 0.037], …]
 */
export interface RateTestStep {
  /** Rate-step index (as in the segmentation). */
  step: number;
  firstHalfCycle: number;
  lastHalfCycle: number;
  /** |I|, A; |j|, A m⁻² (null without area). */
  absCurrent: number;
  absCurrentDensity: number | null;
  /** Median of the step's half-cycle plateaus, V. */
  overpotential: number;
  /** Smallest and largest half-cycle plateau in the step, V. */
  minOverpotential: number;
  maxOverpotential: number;
  /** overpotential/|I|, Ω. */
  resistance: number;
  /**
   * When this current was already applied in an earlier step (the return to 1 mA cm⁻²): that step
   * and the recovery ratio η_now/η_then (1 = full recovery, > 1 = lasting polarisation).
   */
  returnsTo: number | null;
  recovery: number | null;
}

/** The rate-test table of a Li‖Li record ({@link rateTestSteps}). */
export interface RateTest {
  steps: RateTestStep[];
  /**
   * The (j, η) table for `@lmb/kinetics` `butlerVolmerFit` with `convention: "cell"`: one row per
   * distinct current density (first visit only; returns are excluded), j in A m⁻², η in V.
   * Empty without a cell area.
   */
  polarization: { currentDensity: number[]; overpotential: number[] };
}

/**
 * The overpotential of each rate step (median of the plateaus of its half cycles) and the
 * recovery when a current density returns: a step whose |I| is within `tolerance` of an earlier
 * step's is a return; recovery = η_return / η_first. The (j, η) pairs of the first visits form
 * the table a symmetric Butler–Volmer fit takes (see {@link rateTestKinetics}).
 *
 * @param rateSteps - from {@link segmentCycling}
 * @param halfCycles - from {@link halfCycleOverpotentials}
 * @param tolerance - relative |ΔI| that counts as the same current. @default 0.05
 * @example
 * const rate = rateTestSteps(seg.rateSteps, hc);
 * rate.steps.at(-1)?.recovery; // 1.08: 8 % above the first 1 mA cm⁻² step
 */
export function rateTestSteps(
  rateSteps: RateStep[],
  halfCycles: HalfCycleOverpotential[],
  tolerance = 0.05,
): RateTest {
  const steps: RateTestStep[] = [];
  const polarization = { currentDensity: [] as number[], overpotential: [] as number[] };
  for (const s of rateSteps) {
    const count = s.lastHalfCycle - s.firstHalfCycle + 1;
    const values = new Float64Array(count);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < count; k++) {
      const p = (halfCycles[s.firstHalfCycle + k] as HalfCycleOverpotential).plateau;
      values[k] = p;
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
    }
    const eta = medianInPlace(values, count);
    const earlier = steps.find(
      (e) => Math.abs(e.absCurrent - s.absCurrent) <= tolerance * e.absCurrent,
    );
    steps.push({
      step: s.index,
      firstHalfCycle: s.firstHalfCycle,
      lastHalfCycle: s.lastHalfCycle,
      absCurrent: s.absCurrent,
      absCurrentDensity: s.absCurrentDensity,
      overpotential: eta,
      minOverpotential: lo,
      maxOverpotential: hi,
      resistance: s.absCurrent > 0 ? eta / s.absCurrent : 0,
      returnsTo: earlier === undefined ? null : earlier.step,
      recovery:
        earlier === undefined || !(earlier.overpotential > 0) ? null : eta / earlier.overpotential,
    });
    if (earlier === undefined && s.absCurrentDensity !== null) {
      polarization.currentDensity.push(s.absCurrentDensity);
      polarization.overpotential.push(eta);
    }
  }
  return { steps, polarization };
}

/**
 * Fits the symmetric-cell Butler–Volmer relation to a rate test's (j, η) table with
 * `@lmb/kinetics` `butlerVolmerFit` (`convention: "cell"`: η_cell = (4RT/F)·asinh(j/2j0) + j·R_s
 * for α = ½; SCIENCE.md §3). Needs at least two distinct current densities (three or more when
 * R_s is fitted) and a cell area.
 *
 * @param rate - from {@link rateTestSteps}
 * @param options - `butlerVolmerFit` options (convention is forced to "cell")
 * @returns the fit result (j0 with its interval, residuals, plot)
 * @throws LmbError `E_NO_AREA` (no per-area table), `E_INSUFFICIENT_DATA` (< 2 current densities)
 * @example
 * const fit = rateTestKinetics(result.rateTest, { areaSpecificResistance: "fit" });
 * fit.exchangeCurrentDensity.value; // mA cm⁻²
 */
export function rateTestKinetics(
  rate: RateTest,
  options: Omit<ButlerVolmerFitOptions, "convention"> = {},
): ButlerVolmerFitResult {
  if (rate.steps.length > 0 && rate.steps[0]?.absCurrentDensity === null) {
    throw new LmbError(
      "E_NO_AREA",
      "the rate test has no current densities: the cell area is unknown",
      {
        location: { source: "area" },
        fix: 'give the electrode area (option area, in m²; --area "1.13 cm2")',
      },
    );
  }
  if (rate.polarization.currentDensity.length < 2) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `the rate test has ${rate.polarization.currentDensity.length} distinct current density(ies)`,
      {
        fix: "a Butler–Volmer fit needs a rate test with at least 2 (better ≥ 4) current densities",
      },
    );
  }
  return butlerVolmerFit(rate.polarization, { ...options, convention: "cell" });
}
