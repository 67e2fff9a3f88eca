import { checkDenseMatrix, checkVector } from "./check-matrix.js";
import { householderInPlace } from "./householder.js";

/** Options of {@link minimumNormLeastSquares}. */
export interface MinimumNormLeastSquaresOptions {
  /**
   * Rank cut: a pivot |R_kk| ≤ rcond·|R_00| of the column-pivoted QR counts as zero (numpy's
   * `pinv` cuts singular values at 1e-15·σ_max).
   * @default 1e-15
   */
  rcond?: number;
}

/** Result of {@link minimumNormLeastSquares}. */
export interface MinimumNormLeastSquaresResult {
  /** The minimum-norm least-squares solution A⁺b. */
  x: Float64Array;
  /** Numerical rank of A. */
  rank: number;
  /** ‖A·x − b‖. */
  residualNorm: number;
}

/**
 * Minimum-norm linear least squares x = A⁺b for a dense m×n matrix of any shape and rank (what
 * numpy's `pinv(A) @ b` and LAPACK's `xGELSY` return), by a complete orthogonal decomposition:
 * Householder QR with column pivoting A·Π = Q·R, rank r from the pivots, then [R₁₁ R₁₂]·Z = [T 0]
 * by Householder reflections from the right, x = Π·Z·[T⁻¹(Qᵀb)₁; 0]. For full column rank this is
 * the ordinary least-squares solution with QR accuracy (never forms AᵀA).
 *
 * Sources: Golub & Van Loan, *Matrix Computations*, 4th ed. (2013), §5.4.1–5.4.2 (Alg. 5.4.1,
 * complete orthogonal decomposition); Businger & Golub, Numer. Math. 7 (1965) 269.
 *
 * @param a - A, rows×columns, column-major (entry (i, j) at i + j·rows)
 * @param rows - m
 * @param columns - n
 * @param b - right-hand side (m)
 * @param options - rank cut
 * @returns x, the numerical rank and the residual norm
 * @throws LmbError `E_INVALID_ARGUMENT`, `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`
 * @example
 * // Two identical columns: the minimum-norm solution splits the weight evenly.
 * minimumNormLeastSquares([1, 1, 1, 1], 2, 2, [2, 2]).x; // [1, 1]
 */
export function minimumNormLeastSquares(
  a: ArrayLike<number>,
  rows: number,
  columns: number,
  b: ArrayLike<number>,
  options: MinimumNormLeastSquaresOptions = {},
): MinimumNormLeastSquaresResult {
  checkDenseMatrix(a, rows, columns, "a");
  checkVector(b, rows, "b");
  const { rcond = 1e-15 } = options;
  const m = rows;
  const n = columns;
  const r = Float64Array.from(a);
  const qtb = Float64Array.from(b);
  const perm = Int32Array.from({ length: n }, (_, j) => j);
  const norms = new Float64Array(n);
  const exact = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += (r[j * m + i] as number) ** 2;
    norms[j] = s;
    exact[j] = s;
  }
  const steps = Math.min(m, n);
  let rank = 0;
  let r00 = 0;
  for (let k = 0; k < steps; k++) {
    let p = k;
    for (let j = k + 1; j < n; j++) if ((norms[j] as number) > (norms[p] as number)) p = j;
    if (p !== k) {
      for (let i = 0; i < m; i++) {
        const t = r[k * m + i] as number;
        r[k * m + i] = r[p * m + i] as number;
        r[p * m + i] = t;
      }
      [perm[k], perm[p]] = [perm[p] as number, perm[k] as number];
      [norms[k], norms[p]] = [norms[p] as number, norms[k] as number];
      [exact[k], exact[p]] = [exact[p] as number, exact[k] as number];
    }
    const tau = householderInPlace(r, k * m + k, 1, m - k);
    const rkk = Math.abs(r[k * m + k] as number);
    if (k === 0) r00 = rkk;
    if (!(rkk > rcond * r00) || rkk === 0) break;
    rank = k + 1;
    // Apply H = I − τvvᵀ (v₀ = 1, v_i below the diagonal) to the remaining columns and to b.
    const apply = (target: Float64Array, offset: number): void => {
      let s = target[offset + k] as number;
      for (let i = k + 1; i < m; i++)
        s += (r[k * m + i] as number) * (target[offset + i] as number);
      s *= tau;
      target[offset + k] = (target[offset + k] as number) - s;
      for (let i = k + 1; i < m; i++) {
        target[offset + i] = (target[offset + i] as number) - s * (r[k * m + i] as number);
      }
    };
    if (tau !== 0) {
      for (let j = k + 1; j < n; j++) apply(r, j * m);
      apply(qtb, 0);
    }
    // Downdate the remaining column norms (recompute when cancellation has eaten them).
    for (let j = k + 1; j < n; j++) {
      const rkj = r[j * m + k] as number;
      const left = (norms[j] as number) - rkj * rkj;
      if (left <= 1e-8 * (exact[j] as number)) {
        let s = 0;
        for (let i = k + 1; i < m; i++) s += (r[j * m + i] as number) ** 2;
        norms[j] = s;
        exact[j] = s;
      } else {
        norms[j] = left;
      }
    }
  }

  // Residual norm: the part of Qᵀb below the rank.
  let rss = 0;
  for (let i = rank; i < m; i++) rss += (qtb[i] as number) ** 2;

  // Complete orthogonal decomposition: zero R₁₂ row by row from the bottom with reflections on
  // coordinates {k, rank…n−1}; store each reflection's vector in row k of R₁₂.
  const taus = new Float64Array(rank);
  const extra = n - rank;
  if (extra > 0) {
    const row = new Float64Array(extra + 1);
    for (let k = rank - 1; k >= 0; k--) {
      row[0] = r[k * m + k] as number;
      for (let j = 0; j < extra; j++) row[j + 1] = r[(rank + j) * m + k] as number;
      const tau = householderInPlace(row, 0, 1, extra + 1);
      taus[k] = tau;
      r[k * m + k] = row[0] as number;
      for (let j = 0; j < extra; j++) r[(rank + j) * m + k] = row[j + 1] as number;
      if (tau === 0) continue;
      // Rows 0…k−1: row_i ← row_i − τ·(row_i·v)·vᵀ on coordinates {k, rank…n−1}.
      for (let i = 0; i < k; i++) {
        let s = r[k * m + i] as number;
        for (let j = 0; j < extra; j++)
          s += (r[(rank + j) * m + i] as number) * (row[j + 1] as number);
        s *= tau;
        r[k * m + i] = (r[k * m + i] as number) - s;
        for (let j = 0; j < extra; j++) {
          r[(rank + j) * m + i] = (r[(rank + j) * m + i] as number) - s * (row[j + 1] as number);
        }
      }
    }
  }
  // Solve T·y = (Qᵀb)₁ (T upper triangular in R's leading block).
  const u = new Float64Array(n);
  for (let i = rank - 1; i >= 0; i--) {
    let s = qtb[i] as number;
    for (let j = i + 1; j < rank; j++) s -= (r[j * m + i] as number) * (u[j] as number);
    u[i] = s / (r[i * m + i] as number);
  }
  // u ← Z·u with Z = Z_{r−1}···Z_0 applied right to left (Z_0 first).
  if (extra > 0) {
    for (let k = 0; k < rank; k++) {
      const tau = taus[k] as number;
      if (tau === 0) continue;
      let s = u[k] as number;
      for (let j = 0; j < extra; j++)
        s += (r[(rank + j) * m + k] as number) * (u[rank + j] as number);
      s *= tau;
      u[k] = (u[k] as number) - s;
      for (let j = 0; j < extra; j++) {
        u[rank + j] = (u[rank + j] as number) - s * (r[(rank + j) * m + k] as number);
      }
    }
  }
  const x = new Float64Array(n);
  for (let j = 0; j < n; j++) x[perm[j] as number] = u[j] as number;
  return { x, rank, residualNorm: Math.sqrt(rss) };
}
