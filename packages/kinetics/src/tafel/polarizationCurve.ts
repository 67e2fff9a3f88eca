import { LmbError } from "@lmb/errors";
import type { Voltammogram } from "@lmb/schemas";
import { finiteColumn, requirePositive, requireSameLength } from "../internal/validate.js";

/**
 * Paired overpotential and current density, in SI: a steady-state polarization curve, the
 * (j, η) pairs of a symmetric-cell rate test, or a voltammogram converted with
 * {@link polarizationCurveFromVoltammogram}.
 *
 * @example
 * const curve: PolarizationCurve = { overpotential: [0.1, 0.15], currentDensity: [12.1, 40.3] }; // V, A m⁻²
 */
export interface PolarizationCurve {
  /** η, V (cell or electrode convention; say which in the analysis options). */
  overpotential: ArrayLike<number>;
  /** j, A m⁻² (positive = oxidation / stripping at the working electrode). */
  currentDensity: ArrayLike<number>;
}

/** Options of {@link polarizationCurveFromVoltammogram}. */
export interface VoltammogramConversionOptions {
  /** Electrode area, m² (> 0). @default the dataset's `metadata.area` */
  area?: number;
  /**
   * Equilibrium (open-circuit) potential E_eq, V, subtracted from E. @default the median
   * potential at which the current changes sign (linear interpolation between points)
   */
  equilibriumPotential?: number;
  /** Uncompensated series resistance R_u, Ω: E is corrected to E − I·R_u. @default 0 */
  seriesResistance?: number;
  /** Use only this cycle (the dataset's `cycle` column). @default all points */
  cycle?: number;
}

/** A voltammogram as a polarization curve, with where E_eq came from. */
export interface ConvertedVoltammogram {
  curve: { overpotential: Float64Array; currentDensity: Float64Array };
  /** E_eq used, V. */
  equilibriumPotential: number;
  /** "given" or "zero-current" (median zero crossing of the current). */
  equilibriumPotentialSource: "given" | "zero-current";
}

/**
 * Converts a voltammogram (E in V, I in A) into a polarization curve: η = E − I·R_u − E_eq and
 * j = I/A. Without a given E_eq, E_eq is the median of the potentials where the current changes
 * sign, interpolated linearly — the open-circuit potential of a Li‖Li cell or electrode whose
 * forward and reverse sweeps cross zero on either side of it.
 *
 * @param voltammogram - a `Voltammogram` dataset (columns in SI)
 * @param options - area (m²), E_eq (V), R_u (Ω), cycle
 * @returns η (V) and j (A m⁻²) columns and the E_eq used
 * @throws LmbError `E_INVALID_INPUT` (no area, no zero crossing, unknown cycle), `E_NON_FINITE_DATA`
 * @example
 * const { curve } = polarizationCurveFromVoltammogram(cv, { area: 1.13e-4 }); // 1.13 cm²
 */
export function polarizationCurveFromVoltammogram(
  voltammogram: Voltammogram,
  options: VoltammogramConversionOptions = {},
): ConvertedVoltammogram {
  const area = options.area ?? voltammogram.metadata.area;
  if (area === undefined) {
    throw new LmbError("E_INVALID_INPUT", "the voltammogram has no electrode area", {
      location: { source: voltammogram.metadata.sourceFile ?? "area" },
      fix: 'give the electrode area (option area in m², or --area "1.13 cm2")',
    });
  }
  requirePositive(area, "area (m²)", "give the electrode area in m² (1 cm² = 1e-4 m²)");
  const resistance = options.seriesResistance ?? 0;
  let potential = finiteColumn(voltammogram.columns.potential, "potential");
  let current = finiteColumn(voltammogram.columns.current, "current");
  requireSameLength(potential, current, ["potential", "current"]);
  if (options.cycle !== undefined) {
    const cycles = voltammogram.columns.cycle;
    if (cycles === undefined) {
      throw new LmbError("E_INVALID_INPUT", "the voltammogram has no cycle column", {
        fix: "omit the cycle option to use every point",
      });
    }
    const keep: number[] = [];
    for (let i = 0; i < cycles.length; i++) if (cycles[i] === options.cycle) keep.push(i);
    if (keep.length === 0) {
      throw new LmbError("E_INVALID_INPUT", `the voltammogram has no cycle ${options.cycle}`, {
        fix: "choose a cycle number that appears in the file's cycle column",
      });
    }
    potential = Float64Array.from(keep, (i) => potential[i] as number);
    current = Float64Array.from(keep, (i) => current[i] as number);
  }
  const corrected = potential.map((e, i) => e - (current[i] as number) * resistance);
  let equilibrium = options.equilibriumPotential;
  const source = equilibrium === undefined ? "zero-current" : "given";
  if (equilibrium === undefined) equilibrium = zeroCurrentPotential(corrected, current);
  const eq = equilibrium;
  return {
    curve: {
      overpotential: corrected.map((e) => e - eq),
      currentDensity: current.map((i) => i / area),
    },
    equilibriumPotential: eq,
    equilibriumPotentialSource: source,
  };
}

function zeroCurrentPotential(potential: Float64Array, current: Float64Array): number {
  const crossings: number[] = [];
  for (let i = 1; i < current.length; i++) {
    const a = current[i - 1] as number;
    const b = current[i] as number;
    if (a === 0) crossings.push(potential[i - 1] as number);
    else if (a * b < 0) {
      const t = a / (a - b);
      const ea = potential[i - 1] as number;
      crossings.push(ea + t * ((potential[i] as number) - ea));
    }
  }
  if (current.length > 0 && current[current.length - 1] === 0) {
    crossings.push(potential[potential.length - 1] as number);
  }
  if (crossings.length === 0) {
    throw new LmbError("E_INVALID_INPUT", "the current never changes sign, so E_eq is unknown", {
      fix: "give the equilibrium potential (option equilibriumPotential, --equilibrium-potential)",
    });
  }
  crossings.sort((x, y) => x - y);
  const m = crossings.length >> 1;
  return crossings.length % 2 === 1
    ? (crossings[m] as number)
    : 0.5 * ((crossings[m - 1] as number) + (crossings[m] as number));
}
