/**
 * Cholesky factorisation B = L·Lᵀ of a small symmetric positive-definite matrix, in place.
 *
 * Written by hand (not ml-matrix) because the Levenberg–Marquardt inner loop factors a p×p matrix
 * (p ≲ 20) several times per iteration, where ml-matrix's allocation and accessor overhead
 * dominates the O(p³/6) work. Source: Golub & Van Loan, *Matrix Computations*, 4th ed., Alg. 4.2.1.
 *
 * @param a - row-major m×m matrix; its lower triangle (diagonal included) is overwritten with L
 * @param m - order
 * @param relativePivot - fail when a pivot ≤ relativePivot·(original diagonal entry) @default 1e-14
 * @returns false when the matrix is not (numerically) positive definite
 * @example
 * const a = Float64Array.of(4, 2, 2, 3);
 * choleskyInPlace(a, 2); // a[0] = 2, a[2] = 1, a[3] = √2
 */
export function choleskyInPlace(a: Float64Array, m: number, relativePivot = 1e-14): boolean {
  for (let j = 0; j < m; j++) {
    const jj = j * m + j;
    const original = a[jj] as number;
    let d = original;
    for (let k = 0; k < j; k++) {
      const l = a[j * m + k] as number;
      d -= l * l;
    }
    if (!(d > relativePivot * original) || !(d > 0)) return false;
    const ljj = Math.sqrt(d);
    a[jj] = ljj;
    for (let i = j + 1; i < m; i++) {
      let s = a[i * m + j] as number;
      for (let k = 0; k < j; k++) s -= (a[i * m + k] as number) * (a[j * m + k] as number);
      a[i * m + j] = s / ljj;
    }
  }
  return true;
}

/**
 * Solves L·y = b (forward substitution) in place, L from {@link choleskyInPlace}.
 *
 * @example
 * forwardSubstitute(l, 2, b);
 */
export function forwardSubstitute(l: Float64Array, m: number, b: Float64Array): void {
  for (let i = 0; i < m; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * m + k] as number) * (b[k] as number);
    b[i] = s / (l[i * m + i] as number);
  }
}

/**
 * Solves Lᵀ·x = y (back substitution) in place, L from {@link choleskyInPlace}.
 *
 * @example
 * backSubstitute(l, 2, y);
 */
export function backSubstitute(l: Float64Array, m: number, y: Float64Array): void {
  for (let i = m - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < m; k++) s -= (l[k * m + i] as number) * (y[k] as number);
    y[i] = s / (l[i * m + i] as number);
  }
}
