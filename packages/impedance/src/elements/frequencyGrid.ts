/**
 * Angular frequencies with the per-point constants element formulas reuse, computed once per
 * spectrum rather than once per model evaluation.
 */
export interface FrequencyGrid {
  /** ω = 2πf, rad s⁻¹. */
  readonly omega: Float64Array;
  /** ln ω. */
  readonly logOmega: Float64Array;
  /** √ω. */
  readonly sqrtOmega: Float64Array;
  /** 1/ω. */
  readonly inverseOmega: Float64Array;
}

/**
 * Builds a {@link FrequencyGrid} from angular frequencies ω (rad s⁻¹).
 *
 * @example
 * const grid = frequencyGrid(Float64Array.of(1, 10, 100));
 * grid.sqrtOmega[2]; // 10
 */
export function frequencyGrid(omega: ArrayLike<number>): FrequencyGrid {
  const w = Float64Array.from(omega);
  return {
    omega: w,
    logOmega: w.map(Math.log),
    sqrtOmega: w.map(Math.sqrt),
    inverseOmega: w.map((x) => 1 / x),
  };
}
