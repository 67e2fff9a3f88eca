import { LmbError } from "@lmb/errors";
import type { SolverSettings } from "./levenberg-marquardt.js";
import type { LeastSquaresOptions } from "./types.js";

/** {@link LeastSquaresOptions} with every default filled in. */
export interface ResolvedOptions extends SolverSettings {
  confidenceLevel: number;
  scaleCovariance: boolean;
}

function positive(name: string, value: number, integer: boolean): number {
  if (!(value > 0) || (integer && !Number.isInteger(value) && value !== Number.POSITIVE_INFINITY)) {
    throw new LmbError("E_INVALID_ARGUMENT", `option ${name} is ${value}`, {
      location: { source: `options.${name}` },
      fix: `give ${name} as a positive ${integer ? "integer" : "number"}`,
    });
  }
  return value;
}

/**
 * Fills in defaults and checks the options of the least-squares fits.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for a non-positive tolerance or limit, a confidence level
 *   outside (0, 1) or an unknown finite-difference method
 * @example
 * resolveOptions({ confidenceLevel: 0.99 }).costTolerance; // 1e-12
 */
export function resolveOptions(options: LeastSquaresOptions = {}): ResolvedOptions {
  const {
    maxIterations = 1000,
    maxFunctionEvaluations = 100_000,
    costTolerance = 1e-12,
    stepTolerance = 1e-10,
    gradientTolerance = 1e-10,
    initialStepBound = 100,
    finiteDifference = "central",
    confidenceLevel = 0.95,
    scaleCovariance = true,
  } = options;
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `confidence level ${confidenceLevel} is not in (0, 1)`,
      {
        location: { source: "options.confidenceLevel" },
        fix: "give a level such as 0.95",
      },
    );
  }
  if (finiteDifference !== "central" && finiteDifference !== "forward") {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `unknown finite-difference method "${finiteDifference}"`,
      {
        location: { source: "options.finiteDifference" },
        fix: 'use "central" or "forward"',
      },
    );
  }
  return {
    maxIterations: positive("maxIterations", maxIterations, true),
    maxFunctionEvaluations: positive("maxFunctionEvaluations", maxFunctionEvaluations, true),
    costTolerance: positive("costTolerance", costTolerance, false),
    stepTolerance: positive("stepTolerance", stepTolerance, false),
    gradientTolerance: positive("gradientTolerance", gradientTolerance, false),
    initialStepBound: positive("initialStepBound", initialStepBound, false),
    finiteDifference,
    confidenceLevel,
    scaleCovariance,
  };
}
