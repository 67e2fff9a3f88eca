/**
 * A Householder reflection H = I − τ·v·vᵀ with v₀ = 1 that maps a vector (a₀, tail) to (β, 0…0).
 * Computed in place: `values[offset + k·stride]` for k = 1…length−1 is overwritten with v_k and
 * `values[offset]` with β. Returns τ (0 when the tail is already zero).
 *
 * Source: Golub & Van Loan, *Matrix Computations*, 4th ed. (2013), Alg. 5.1.1.
 *
 * @example
 * const v = Float64Array.of(3, 4);
 * const tau = householderInPlace(v, 0, 1, 2); // v[0] = 5 or −5, v[1] = v₁, tau ∈ [1, 2]
 */
export function householderInPlace(
  values: Float64Array,
  offset: number,
  stride: number,
  length: number,
): number {
  const a0 = values[offset] as number;
  let tailScale = 0;
  for (let k = 1; k < length; k++) {
    tailScale = Math.max(tailScale, Math.abs(values[offset + k * stride] as number));
  }
  if (tailScale === 0) return 0;
  // Scale to avoid overflow/underflow in the sum of squares.
  const s = Math.max(tailScale, Math.abs(a0));
  let sigma = 0;
  for (let k = 1; k < length; k++) sigma += ((values[offset + k * stride] as number) / s) ** 2;
  const a = a0 / s;
  const mu = Math.sqrt(a * a + sigma);
  const beta = a <= 0 ? a - mu : -sigma / (a + mu);
  const tau = (2 * beta * beta) / (sigma + beta * beta);
  for (let k = 1; k < length; k++) {
    values[offset + k * stride] = (values[offset + k * stride] as number) / s / beta;
  }
  // H·a = μ·e₁ with μ = ‖a‖ (Golub & Van Loan's sign choice).
  values[offset] = mu * s;
  return tau;
}
