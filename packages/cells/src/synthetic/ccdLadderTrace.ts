import { LmbError } from "@lmb/errors";
import {
  requireIntegerOption,
  requireNumber,
  requirePositiveOption,
} from "../internal/requireOption.js";
import {
  type SymmetricCellTraceOptions,
  type SymmetricCellTruth,
  symmetricCellTrace,
} from "./symmetricCellTrace.js";
import type { SyntheticTrace } from "./syntheticTrace.js";

/** Options of {@link ccdLadderTrace}. */
export interface CcdLadderTraceOptions
  extends Omit<SymmetricCellTraceOptions, "steps" | "hardShort" | "lithiumReservoir"> {
  /** The ladder of |j|, A m⁻², increasing. @default 0.1, 0.2, 0.4, 0.8, 1.6, 3.2 mA cm⁻² (1, 2, 4, 8, 16, 32 A m⁻²) */
  currentDensities?: readonly number[];
  /** Duration of each half cycle, s (the usual fixed-time protocol). @default 3600 */
  halfCycleDuration?: number;
  /** Full cycles per current density. @default 1 */
  cyclesPerStep?: number;
  /** The cell shorts in the first half cycle at a |j| ≥ this value, A m⁻². @default 16 (1.6 mA cm⁻²) */
  criticalCurrentDensity?: number;
  /** How far into that half cycle the short happens, 0–1. @default 0.4 */
  shortFraction?: number;
  /** Resistance of the short, Ω. @default 2 */
  shortResistance?: number;
}

/** The known parameters of a {@link ccdLadderTrace}. */
export interface CcdLadderTruth extends SymmetricCellTruth {
  /** The last |j| cycled without a short, A m⁻² (the CCD by the "last stable" rule). */
  lastStableCurrentDensity: number | undefined;
  /** The |j| at which the cell shorted, A m⁻² (undefined when the ladder ends first). */
  failingCurrentDensity: number | undefined;
}

/**
 * Synthetic critical-current-density test (SCIENCE.md §1; research/cycling.md §3.6): a symmetric
 * cell cycled at a ladder of increasing current densities with fixed-time half cycles until it
 * shorts in the first half cycle at |j| ≥ `criticalCurrentDensity`, `shortFraction` into it.
 * The voltage model is that of {@link symmetricCellTrace}; the trace continues after the short
 * (V = I·R_short) to the end of the ladder.
 *
 * @param options - ladder (A m⁻²), half-cycle duration (s), cycles per step, the critical j
 * @returns the record and its truth (last stable and failing j, short time and cycle)
 * @throws LmbError `E_INVALID_INPUT` for a bad option
 * @example
 * const { truth } = ccdLadderTrace({ criticalCurrentDensity: 16 });
 * truth.lastStableCurrentDensity; // 8 (0.8 mA cm⁻²); truth.failingCurrentDensity: 16
 */
export function ccdLadderTrace(
  options: CcdLadderTraceOptions = {},
): SyntheticTrace<CcdLadderTruth> {
  const ladder = options.currentDensities ?? [1, 2, 4, 8, 16, 32];
  if (ladder.length === 0) {
    throw new LmbError("E_INVALID_INPUT", "the current-density ladder is empty", {
      location: { source: "options.currentDensities" },
      fix: "give increasing current densities in A m⁻², e.g. [1, 2, 4, 8]",
    });
  }
  ladder.forEach((j, k) => {
    requirePositiveOption(
      j,
      `options.currentDensities[${k}]`,
      "current density (A m⁻²)",
      "give |j| in A m⁻²",
    );
    if (k > 0 && !(j > (ladder[k - 1] as number))) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `the ladder does not increase at step ${k} (${j} A m⁻²)`,
        {
          location: { source: `options.currentDensities[${k}]` },
          fix: "give strictly increasing current densities",
        },
      );
    }
  });
  const tau = requirePositiveOption(
    options.halfCycleDuration ?? 3600,
    "options.halfCycleDuration",
    "half-cycle duration (s)",
    "give τ in s",
  );
  const cyclesPerStep = requireIntegerOption(
    options.cyclesPerStep ?? 1,
    "options.cyclesPerStep",
    "cycles per step",
    1,
    "give a whole number ≥ 1",
  );
  const critical = requirePositiveOption(
    options.criticalCurrentDensity ?? 16,
    "options.criticalCurrentDensity",
    "critical current density (A m⁻²)",
    "give j_c in A m⁻²",
  );
  const fraction = requireNumber(
    options.shortFraction ?? 0.4,
    "options.shortFraction",
    "short fraction",
    { min: 0, max: 1, exclusiveMax: true },
    "give a fraction in [0, 1)",
  );
  const failingStep = ladder.findIndex((j) => j >= critical);
  const shortTime =
    failingStep < 0
      ? undefined
      : (2 * cyclesPerStep * failingStep + fraction) * tau +
        restBefore(options, 2 * cyclesPerStep * failingStep);
  const {
    currentDensities: _c,
    halfCycleDuration: _h,
    cyclesPerStep: _p,
    criticalCurrentDensity: _k,
    shortFraction: _f,
    shortResistance,
    ...rest
  } = options;
  const trace = symmetricCellTrace({
    ...rest,
    steps: ladder.map((j) => ({
      currentDensity: j,
      halfCycleDuration: tau,
      cycles: cyclesPerStep,
    })),
    ...(shortTime === undefined
      ? {}
      : {
          hardShort: {
            time: shortTime,
            ...(shortResistance === undefined ? {} : { resistance: shortResistance }),
          },
        }),
  });
  return {
    data: trace.data,
    truth: {
      ...trace.truth,
      lastStableCurrentDensity:
        failingStep === 0
          ? undefined
          : ladder[failingStep < 0 ? ladder.length - 1 : failingStep - 1],
      failingCurrentDensity: failingStep < 0 ? undefined : ladder[failingStep],
    },
  };
}

/** Rest time elapsed before half cycle `halfCycles` (0-based count of half cycles before it). */
function restBefore(options: CcdLadderTraceOptions, halfCycles: number): number {
  return (options.restDuration ?? 0) * halfCycles;
}
