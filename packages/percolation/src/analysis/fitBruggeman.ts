import { LmbError } from "@lmb/errors";
import { type CurveFitResult, fitCurve, type ParameterSpec } from "@lmb/numerics";
import { bruggeman } from "../models/conductivityModels.js";
import type { FittedValue } from "../models/fitConductivity.js";

/** Result of {@link fitBruggeman}: the shape of `PercolationFit` with threshold and exponent fixed by the model. */
export interface BruggemanFit {
  model: "bruggeman";
  dimension: 2 | 3;
  /** 1/d, fixed by the model. */
  threshold: FittedValue;
  /** 1, fixed by the model (for σ_NM → 0). */
  exponent: FittedValue;
  /** σ_M, S m⁻¹. */
  prefactor: FittedValue;
  /** σ_NM, S m⁻¹. */
  insulator: FittedValue;
  rmsDecades: number;
  fit: CurveFitResult;
}

function fromLog(fit: CurveFitResult, name: string): FittedValue {
  const p = fit.parameters.find((q) => q.name === name);
  const value = 10 ** (p?.value ?? Number.NaN);
  if (p?.standardError === undefined || p.interval === undefined) return { value };
  return {
    value,
    standardError: value * Math.LN10 * p.standardError,
    interval: { lower: 10 ** p.interval.lower, upper: 10 ** p.interval.upper },
  };
}

/**
 * Fits Bruggeman's symmetric effective-medium approximation (see `bruggeman`) to measured
 * (V_f, σ) on a log-σ scale: σ_M and σ_NM (as log10) are fitted, the threshold 1/d and the
 * exponent 1 are fixed by the model. A poor χ² next to a percolation fit shows that the
 * effective-medium picture misses the critical rise.
 *
 * Source: D. A. G. Bruggeman, Ann. Phys. 416 (1935) 636; S. Kirkpatrick, Rev. Mod. Phys. 45
 * (1973) 574.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for fractions outside [0, 1] or σ ≤ 0;
 *   `E_INSUFFICIENT_DATA` for fewer than 3 points.
 * @example
 * fitBruggeman([0.1, 0.3, 0.5, 0.7], [1e-8, 1e-3, 1e4, 3e6]).prefactor.value; // σ_M, S m⁻¹
 */
export function fitBruggeman(
  fraction: readonly number[],
  conductivity: readonly number[],
  options: { dimension?: 2 | 3; insulator?: number; metal?: number; confidenceLevel?: number } = {},
): BruggemanFit {
  const n = fraction.length;
  const dimension = options.dimension ?? 3;
  if (conductivity.length !== n) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `${n} fractions but ${conductivity.length} conductivities`,
      {
        fix: "give one conductivity per volume fraction",
      },
    );
  }
  fraction.forEach((phi, i) => {
    if (!(phi >= 0 && phi <= 1) || !((conductivity[i] as number) > 0)) {
      throw new LmbError(
        "E_INVALID_ARGUMENT",
        `point ${i + 1} (V_f = ${phi}, σ = ${conductivity[i]}) needs 0 ≤ V_f ≤ 1 and σ > 0`,
        {
          location: { line: i + 1 },
          fix: "give volume fractions in [0, 1] and positive σ in S m⁻¹",
        },
      );
    }
  });
  const logs = conductivity.map((s) => Math.log10(s));
  const parameters: ParameterSpec[] = [
    {
      name: "logPrefactor",
      initial: options.metal === undefined ? Math.max(...logs) + 0.5 : Math.log10(options.metal),
      ...(options.metal === undefined ? {} : { fixed: true }),
    },
    {
      name: "logInsulator",
      initial: options.insulator === undefined ? Math.min(...logs) : Math.log10(options.insulator),
      ...(options.insulator === undefined ? {} : { fixed: true }),
    },
  ];
  const free = parameters.filter((p) => !p.fixed).length;
  if (n < free + 1) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `${n} points cannot fit ${free} parameters with an error estimate`,
      {
        fix: "measure more volume fractions",
      },
    );
  }
  const fit = fitCurve(
    {
      x: Float64Array.from(fraction),
      y: logs,
      model: (p, x, out) => {
        const metal = 10 ** (p[0] as number);
        const insulator = 10 ** (p[1] as number);
        for (let i = 0; i < x.length; i++) {
          out[i] =
            metal > insulator
              ? Math.log10(bruggeman(x[i] as number, metal, insulator, dimension))
              : Math.log10(insulator);
        }
      },
      parameters,
    },
    { confidenceLevel: options.confidenceLevel ?? 0.95 },
  );
  return {
    model: "bruggeman",
    dimension,
    threshold: { value: 1 / dimension },
    exponent: { value: 1 },
    prefactor: fromLog(fit, "logPrefactor"),
    insulator: fromLog(fit, "logInsulator"),
    rmsDecades: Math.sqrt(fit.chiSquare / n),
    fit,
  };
}
