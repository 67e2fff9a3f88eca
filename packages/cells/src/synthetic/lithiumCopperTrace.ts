import { LmbError } from "@lmb/errors";
import {
  requireIntegerOption,
  requireNumber,
  requirePositiveOption,
} from "../internal/requireOption.js";
import {
  type CopperVoltageOptions,
  plate,
  resolveCopperVoltage,
  strip,
} from "./copperHalfCycles.js";
import {
  resolveTraceOptions,
  type SyntheticTrace,
  type SyntheticTraceOptions,
} from "./syntheticTrace.js";
import { syntheticMetadata, TraceBuilder } from "./traceBuilder.js";

/** A Coulombic efficiency per cycle: one value, one per cycle, or a function of the 1-based cycle. */
export type CoulombicEfficiencySpec = number | readonly number[] | ((cycle: number) => number);

/** Options of {@link lithiumCopperTrace}. */
export interface LithiumCopperTraceOptions extends SyntheticTraceOptions, CopperVoltageOptions {
  /** |j| of plating and stripping, A m⁻². @default 5 (0.5 mA cm⁻²) */
  currentDensity?: number;
  /** Li plated per cycle, C m⁻². @default 36 000 (1 mAh cm⁻²) */
  arealCapacity?: number;
  /** Number of plate/strip cycles. @default 50 */
  cycles?: number;
  /** CE of each cycle, stripped/plated, in (0, 1]. @default 0.98 */
  coulombicEfficiency?: CoulombicEfficiencySpec;
  /** Open-circuit rest after every half cycle, s. @default 0 */
  restDuration?: number;
}

/** One Li‖Cu cycle as generated (charges in C m⁻²). */
export interface SyntheticCopperCycle {
  cycle: number;
  /** Plated charge per area, C m⁻². */
  plated: number;
  /** Stripped charge per area, C m⁻² (to the cut-off). */
  stripped: number;
  /** stripped / plated. */
  coulombicEfficiency: number;
  /** Start of the plating and end of the stripping, s. */
  start: number;
  end: number;
}

/** The known parameters of a {@link lithiumCopperTrace}. */
export interface LithiumCopperTruth {
  cycles: SyntheticCopperCycle[];
  /** Cut-off of every stripping, V vs Li. */
  cutoffVoltage: number;
  /** Mean CE over all cycles. */
  averageCoulombicEfficiency: number;
  /** First plating's nucleation overpotential (tip − plateau), V, and the tip time, s. */
  nucleation?: { time: number; overpotential: number };
}

/**
 * Synthetic Li‖Cu cycle-by-cycle Coulombic-efficiency test (research/cycling.md §3.2, method 1):
 * each cycle plates a fixed capacity on Cu (negative current, Cu at −η_p vs Li, nucleation spike
 * on the first plating) and strips at the same |j| (positive current, +η_s) until CE_k of it is
 * back, when the potential rises to the cut-off (+1 V by default) and the step ends. CE_k =
 * Q_strip,k / Q_plate,k holds exactly for the trapezoidal integral of the current.
 *
 * @param options - |j| (A m⁻²), capacity (C m⁻²), cycles, CE per cycle, voltages (V), common options
 * @returns the record and its truth (plated, stripped and CE per cycle)
 * @throws LmbError `E_INVALID_INPUT` for a bad option
 * @example
 * const { data, truth } = lithiumCopperTrace({ cycles: 100, coulombicEfficiency: (k) => (k < 60 ? 0.985 : 0.9) });
 * truth.cycles[0].coulombicEfficiency; // 0.985
 */
export function lithiumCopperTrace(
  options: LithiumCopperTraceOptions = {},
): SyntheticTrace<LithiumCopperTruth> {
  const common = resolveTraceOptions(options);
  const voltage = resolveCopperVoltage(options);
  const j = requirePositiveOption(
    options.currentDensity ?? 5,
    "options.currentDensity",
    "current density (A m⁻²)",
    "give |j| in A m⁻² (0.5 mA cm⁻² = 5 A m⁻²)",
  );
  const q = requirePositiveOption(
    options.arealCapacity ?? 36_000,
    "options.arealCapacity",
    "areal capacity (C m⁻²)",
    "give the plated capacity in C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²)",
  );
  const n = requireIntegerOption(
    options.cycles ?? 50,
    "options.cycles",
    "number of cycles",
    1,
    "give a whole number ≥ 1",
  );
  const rest = requireNumber(
    options.restDuration ?? 0,
    "options.restDuration",
    "rest duration (s)",
    { min: 0 },
    "give the rest in s, or 0",
  );
  const ce = coulombicEfficiencyOf(options.coulombicEfficiency ?? 0.98, n);
  const builder = new TraceBuilder(common.samplingInterval);
  const cycles: SyntheticCopperCycle[] = [];
  for (let k = 1; k <= n; k++) {
    const eff = ce[k - 1] as number;
    const { start } = plate(builder, voltage, j, common.area, q, k === 1);
    if (rest > 0) builder.step(0, rest, () => -voltage.plating * 0.2);
    const { end } = strip(builder, voltage, j, common.area, eff * q, true, common.samplingInterval);
    if (rest > 0) builder.step(0, rest, (e) => 0.1 + (voltage.cutoff - 0.1) * Math.exp(-e / 60));
    cycles.push({ cycle: k, plated: q, stripped: eff * q, coulombicEfficiency: eff, start, end });
  }
  const mean = ce.reduce((a, b) => a + b, 0) / n;
  return {
    data: {
      kind: "cycling",
      columns: builder.finish(common.noise, common.seed),
      metadata: syntheticMetadata("lithiumCopperTrace", "GCPL", {
        area: common.area,
        seed: common.seed,
      }),
    },
    truth: {
      cycles,
      cutoffVoltage: voltage.cutoff,
      averageCoulombicEfficiency: mean,
      ...(voltage.nucleation
        ? {
            nucleation: {
              time: voltage.nucleation.tipTime,
              overpotential: voltage.nucleation.overpotential,
            },
          }
        : {}),
    },
  };
}

/** Expands a {@link CoulombicEfficiencySpec} to `n` checked values in (0, 1]. */
export function coulombicEfficiencyOf(spec: CoulombicEfficiencySpec, n: number): number[] {
  if (typeof spec !== "number" && typeof spec !== "function" && spec.length < n) {
    throw new LmbError("E_INVALID_INPUT", `${spec.length} Coulombic efficiencies for ${n} cycles`, {
      location: { source: "options.coulombicEfficiency" },
      fix: "give one CE per cycle, a single CE, or a function of the cycle",
    });
  }
  return Array.from({ length: n }, (_, i) => {
    const value =
      typeof spec === "number"
        ? spec
        : typeof spec === "function"
          ? spec(i + 1)
          : (spec[i] as number);
    return requireNumber(
      value,
      `options.coulombicEfficiency[${i}]`,
      `CE of cycle ${i + 1}`,
      { min: 0, max: 1, exclusiveMin: true },
      "give CE as a fraction in (0, 1]",
    );
  });
}
