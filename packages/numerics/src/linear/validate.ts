import { LmbError } from "@lmb/errors";

/** Anything indexable by position with numbers: `number[]`, `Float64Array`, … */
export type NumericArray = ArrayLike<number>;

/**
 * Throws `E_LENGTH_MISMATCH` unless `a` and `b` have the same length.
 *
 * @param a - first array
 * @param b - second array
 * @param names - the names printed in the message, e.g. `["x", "y"]`
 * @example checkSameLength(x, y, ["x", "y"]);
 */
export function checkSameLength(a: NumericArray, b: NumericArray, names: [string, string]): void {
  if (a.length !== b.length) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `${names[0]} has ${a.length} values but ${names[1]} has ${b.length}`,
      { fix: `pass ${names[0]} and ${names[1]} with one value per data point` },
    );
  }
}

/**
 * Throws `E_NON_FINITE_DATA` naming the first index where `values` is NaN or ±∞.
 * Called only after a cheap aggregate check has failed, so it costs nothing on good data.
 *
 * @param values - the array to scan
 * @param name - its name for the message, e.g. "x"
 * @example findNonFinite(y, "y");
 */
export function findNonFinite(values: NumericArray, name: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      throw new LmbError("E_NON_FINITE_DATA", `${name}[${i}] is ${v}`, {
        location: { source: `${name}[${i}]` },
        fix: "remove or repair non-finite data points before fitting",
        details: { index: i, value: v, array: name },
      });
    }
  }
}

/**
 * Throws `E_INVALID_WEIGHTS` naming the first weight that is not finite and > 0.
 *
 * @param weights - the weights w_i = 1/σ_i²
 * @example checkWeights([1, 2, 0.5]);
 */
export function checkWeights(weights: NumericArray): void {
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!(w > 0 && w < Number.POSITIVE_INFINITY)) {
      throw new LmbError(
        "E_INVALID_WEIGHTS",
        `weights[${i}] is ${w}; weights must be finite and > 0`,
        {
          location: { source: `weights[${i}]` },
          fix: "use w_i = 1/σ_i² with σ_i > 0, or drop the point instead of giving it weight 0",
          details: { index: i, value: w },
        },
      );
    }
  }
}

/**
 * Throws `E_INSUFFICIENT_DATA` unless there are more points than parameters (n > p), so that
 * the residual variance s² = χ²/(n − p) and the standard errors exist.
 *
 * @param n - number of data points
 * @param parameters - number of fitted parameters p
 * @example checkEnoughPoints(3, 2); // ok
 */
export function checkEnoughPoints(n: number, parameters: number): void {
  if (n <= parameters) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `${n} data point${n === 1 ? "" : "s"} for ${parameters} parameters; need at least ${parameters + 1}`,
      {
        fix: "add data points: n = p gives an exact fit with no degrees of freedom, so no standard errors",
        details: { n, parameters },
      },
    );
  }
}

/**
 * Throws `E_DOMAIN` unless 0 < level < 1.
 *
 * @param level - confidence level, e.g. 0.95
 * @example checkConfidenceLevel(0.95);
 */
export function checkConfidenceLevel(level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new LmbError("E_DOMAIN", `confidenceLevel must be in (0, 1), got ${level}`, {
      fix: "pass e.g. 0.95 for 95 % intervals",
    });
  }
}
