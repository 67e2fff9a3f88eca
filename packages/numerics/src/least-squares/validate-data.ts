import { LmbError } from "@lmb/errors";

/**
 * Throws unless every value of `values` is finite.
 *
 * @param values - a data column
 * @param label - its name in messages, e.g. `"y"`
 * @throws LmbError `E_NON_FINITE_DATA` naming the first bad index
 * @example
 * assertFiniteData(Float64Array.of(1, 2), "y");
 */
export function assertFiniteData(values: ArrayLike<number>, label: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new LmbError("E_NON_FINITE_DATA", `${label}[${i}] is ${v}, not a finite number`, {
        location: { source: `${label}[${i}]` },
        fix: "remove or repair the point (NaN and ±Infinity cannot be fitted)",
        details: { index: i, value: v },
      });
    }
  }
}

/**
 * Throws unless `length` equals `expected`.
 *
 * @throws LmbError `E_LENGTH_MISMATCH`
 * @example
 * assertLength(3, 3, "weights", "y");
 */
export function assertLength(length: number, expected: number, label: string, of: string): void {
  if (length !== expected) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `${label} has ${length} values but ${of} has ${expected}`,
      { location: { source: label }, fix: `give ${label} one value per point of ${of}` },
    );
  }
}

/**
 * Checks weights (w_i = 1/σ_i², so χ² = Σ w_i r_i²): each must be finite and > 0.
 *
 * @param weights - one weight per point (dimension 1/[y]²)
 * @param count - number of points
 * @throws LmbError `E_LENGTH_MISMATCH`, `E_INVALID_WEIGHT` (negative, NaN or infinite — naming the
 *   index) or `E_ZERO_WEIGHT` (a zero weight — drop the point instead)
 * @example
 * assertWeights(Float64Array.of(1, 0.5), 2);
 */
export function assertWeights(weights: ArrayLike<number>, count: number, label = "weights"): void {
  assertLength(weights.length, count, label, "the data");
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w === 0) {
      throw new LmbError("E_ZERO_WEIGHT", `${label}[${i}] is 0`, {
        location: { source: `${label}[${i}]` },
        fix: "remove the point from the data instead of giving it zero weight (it would still count in n − p)",
        details: { index: i },
      });
    }
    if (!(w > 0) || !Number.isFinite(w)) {
      throw new LmbError(
        "E_INVALID_WEIGHT",
        `${label}[${i}] is ${w}; weights must be finite and > 0`,
        {
          location: { source: `${label}[${i}]` },
          fix: "use weights w = 1/σ² with σ > 0",
          details: { index: i, value: w },
        },
      );
    }
  }
}

/**
 * Throws when there are fewer real residuals than free parameters.
 *
 * @throws LmbError `E_INSUFFICIENT_DATA`
 * @example
 * assertEnoughData(10, 3);
 */
export function assertEnoughData(residualCount: number, freeCount: number): void {
  if (residualCount < freeCount) {
    throw new LmbError(
      "E_INSUFFICIENT_DATA",
      `${residualCount} data values cannot determine ${freeCount} free parameters`,
      {
        fix: "add data points or fix some parameters (`fixed: true`)",
        details: { residualCount, freeCount },
      },
    );
  }
}
