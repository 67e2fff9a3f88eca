import { LmbError } from "@lmb/errors";
import { checkDenseMatrix } from "./check-matrix.js";

/** Result of {@link symmetricEigen}. */
export interface SymmetricEigenResult {
  /** Eigenvalues in ascending order. */
  values: Float64Array;
  /** Orthonormal eigenvectors, n×n column-major: column k belongs to values[k]. */
  vectors: Float64Array;
}

/**
 * Eigen-decomposition S = V·diag(λ)·Vᵀ of a dense real symmetric matrix: Householder
 * tridiagonalisation then the implicit QL method with Wilkinson-type shifts (EISPACK tred2/tql2,
 * as in JAMA). O(n³): about 9n³ flops with vectors.
 *
 * Written on Float64Array because the generalised Tikhonov analysis of the DRT factors matrices
 * of 60–400 columns, where ml-matrix's accessor overhead makes its decomposition 4–5× slower.
 * Sources: Martin, Reinsch & Wilkinson, Numer. Math. 11 (1968) 181 (tred2); Bowdler, Martin,
 * Reinsch & Wilkinson, Numer. Math. 11 (1968) 293 (tql2); the public-domain JAMA port.
 *
 * @param matrix - S, n×n, column-major (only the symmetric part ½(S + Sᵀ) is used)
 * @param n - order
 * @returns ascending eigenvalues and the matching orthonormal eigenvectors
 * @throws LmbError `E_INVALID_ARGUMENT`, `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`,
 *   `E_NOT_CONVERGED` (QL iteration failed, which does not happen for finite input in practice)
 * @example
 * symmetricEigen([2, 1, 1, 2], 2).values; // [1, 3]
 */
export function symmetricEigen(matrix: ArrayLike<number>, n: number): SymmetricEigenResult {
  checkDenseMatrix(matrix, n, n, "matrix");
  // Start from the symmetric part (the same matrix row- or column-major).
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      v[i * n + j] = 0.5 * ((matrix[j * n + i] as number) + (matrix[i * n + j] as number));
    }
  }
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  // V is kept column-major (V[i][j] = v[j·n + i]) so that every inner loop runs along a column.
  tridiagonalize(v, d, e, n);
  diagonalize(v, d, e, n);
  // Sort ascending.
  const order = Array.from({ length: n }, (_, k) => k).sort(
    (p, q) => (d[p] as number) - (d[q] as number),
  );
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, k) => {
    values[k] = d[src] as number;
    vectors.set(v.subarray(src * n, (src + 1) * n), k * n);
  });
  return { values, vectors };
}

/** Householder reduction to tridiagonal form (tred2), accumulating the transformation in v (column-major: V[i][j] = v[j·n + i]). */
function tridiagonalize(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) d[j] = v[j * n + n - 1] as number;
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k] as number);
    if (scale === 0) {
      e[i] = d[i - 1] as number;
      for (let j = 0; j < i; j++) {
        d[j] = v[j * n + i - 1] as number;
        v[j * n + i] = 0;
        v[i * n + j] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] = (d[k] as number) / scale;
        h += (d[k] as number) ** 2;
      }
      let f = d[i - 1] as number;
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j] as number;
        v[i * n + j] = f;
        g = (e[j] as number) + (v[j * n + j] as number) * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += (v[j * n + k] as number) * (d[k] as number);
          e[k] = (e[k] as number) + (v[j * n + k] as number) * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] = (e[j] as number) / h;
        f += (e[j] as number) * (d[j] as number);
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] = (e[j] as number) - hh * (d[j] as number);
      for (let j = 0; j < i; j++) {
        f = d[j] as number;
        g = e[j] as number;
        for (let k = j; k <= i - 1; k++) {
          v[j * n + k] = (v[j * n + k] as number) - (f * (e[k] as number) + g * (d[k] as number));
        }
        d[j] = v[j * n + i - 1] as number;
        v[j * n + i] = 0;
      }
    }
    d[i] = h;
  }
  // Accumulate transformations.
  for (let i = 0; i < n - 1; i++) {
    v[i * n + n - 1] = v[i * n + i] as number;
    v[i * n + i] = 1;
    const h = d[i + 1] as number;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = (v[(i + 1) * n + k] as number) / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += (v[(i + 1) * n + k] as number) * (v[j * n + k] as number);
        for (let k = 0; k <= i; k++) v[j * n + k] = (v[j * n + k] as number) - g * (d[k] as number);
      }
    }
    for (let k = 0; k <= i; k++) v[(i + 1) * n + k] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = v[j * n + n - 1] as number;
    v[j * n + n - 1] = 0;
  }
  v[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
}

/** Implicit QL iterations on the tridiagonal (d, e) (tql2), rotating the columns of V (vt, by column). */
function diagonalize(vt: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i] as number;
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l] as number) + Math.abs(e[l] as number));
    let m = l;
    while (m < n) {
      if (Math.abs(e[m] as number) <= eps * tst1) break;
      m++;
    }
    if (m > l) {
      let iterations = 0;
      do {
        if (++iterations > 60) {
          throw new LmbError(
            "E_NOT_CONVERGED",
            `symmetric eigenvalue QL iteration stalled at ${l}`,
            {
              fix: "check the matrix for extreme entries (e.g. scale it to unit diagonal)",
            },
          );
        }
        let g = d[l] as number;
        let p = ((d[l + 1] as number) - g) / (2 * (e[l] as number));
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = (e[l] as number) / (p + r);
        d[l + 1] = (e[l] as number) * (p + r);
        const dl1 = d[l + 1] as number;
        let h = g - (d[l] as number);
        for (let i = l + 2; i < n; i++) d[i] = (d[i] as number) - h;
        f += h;
        p = d[m] as number;
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1] as number;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * (e[i] as number);
          h = c * p;
          r = Math.hypot(p, e[i] as number);
          e[i + 1] = s * r;
          s = (e[i] as number) / r;
          c = p / r;
          p = c * (d[i] as number) - s * g;
          d[i + 1] = h + s * (c * g + s * (d[i] as number));
          const col = i * n;
          const next = col + n;
          for (let k = 0; k < n; k++) {
            const vk1 = vt[next + k] as number;
            const vk = vt[col + k] as number;
            vt[next + k] = s * vk + c * vk1;
            vt[col + k] = c * vk - s * vk1;
          }
        }
        p = (-s * s2 * c3 * el1 * (e[l] as number)) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l] as number) > eps * tst1);
    }
    d[l] = (d[l] as number) + f;
    e[l] = 0;
  }
}
