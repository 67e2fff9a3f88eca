import { LmbError } from "@lmb/errors";
import type { CsrMatrix } from "./csr.js";

/**
 * A preconditioner for {@link conjugateGradient}: `apply(r, z)` writes z = M⁻¹·r (M symmetric
 * positive definite, M ≈ A). Both arrays have length n; `r` must not be modified.
 */
export interface Preconditioner {
  apply(r: Float64Array, z: Float64Array): void;
}

/** Options of {@link incompleteCholesky}. */
export interface IncompleteCholeskyOptions {
  /**
   * Modified incomplete Cholesky: the fill-in that IC(0) drops is added to the diagonal times
   * this factor (0 = plain IC(0), 1 = MIC(0), which keeps the row sums of A and so the constant
   * vectors of graph Laplacians). @default 0
   */
  modification?: number;
}

/**
 * Incomplete Cholesky factorization with no fill, IC(0): A ≈ L·D·Lᵀ with L unit lower
 * triangular on the sparsity pattern of A (entries outside it are dropped, or with
 * `modification` > 0 lumped onto the diagonal), returned as a {@link Preconditioner} that applies
 * (L·D·Lᵀ)⁻¹ by one forward and one backward substitution (≈ 2·nnz flops, about one SpMV). For
 * M-matrices (graph Laplacians, resistor networks, diffusion stencils) the factorization exists
 * (Meijerink & van der Vorst) and typically cuts conjugate-gradient iterations several-fold
 * against the diagonal preconditioner, most on strongly heterogeneous coefficients.
 *
 * The IKJ form of ILU(0) on the full pattern (for symmetric A its U is D·Lᵀ): O(Σ_i Σ_{k<i}
 * nnz(row k)) time, nnz doubles of memory.
 *
 * Source: J. A. Meijerink, H. A. van der Vorst, Math. Comp. 31 (1977) 148; Y. Saad, Iterative
 * Methods for Sparse Linear Systems, 2nd ed. (2003) §10.3 (Alg. 10.4), §10.3.5 (MILU);
 * I. Gustafsson, BIT 18 (1978) 142 (modified IC).
 *
 * @param a - symmetric positive definite CSR matrix with sorted, unique columns and every
 *   diagonal entry stored (as `csrFromTriplets` builds it)
 * @throws LmbError `E_NOT_SQUARE`; `E_NOT_SPD` for a missing or non-positive diagonal or a pivot
 *   that becomes ≤ 0 (the matrix is not an M-matrix: use Jacobi or a diagonal shift)
 * @example
 * const m = incompleteCholesky(laplacian3d(32));
 * conjugateGradient(laplacian3d(32), b, { preconditioner: m }).iterations; // ≈ ⅓ of Jacobi's
 */
export function incompleteCholesky(
  a: CsrMatrix,
  options: IncompleteCholeskyOptions = {},
): Preconditioner {
  const n = a.rows;
  if (a.cols !== n) {
    throw new LmbError(
      "E_NOT_SQUARE",
      `incomplete Cholesky needs a square matrix, got ${n}×${a.cols}`,
    );
  }
  const relax = options.modification ?? 0;
  if (!(relax >= 0 && relax <= 1)) {
    throw new LmbError("E_DOMAIN", `modification must lie in [0, 1], got ${relax}`, {
      fix: "use 0 for IC(0) or 1 for modified IC(0)",
    });
  }
  const { rowPtr, colIdx } = a;
  const lu = Float64Array.from(a.values);
  const diag = new Int32Array(n);
  const where = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const start = rowPtr[i]!;
    const end = rowPtr[i + 1]!;
    diag[i] = -1;
    for (let k = start; k < end; k++) {
      where[colIdx[k]!] = k;
      if (colIdx[k] === i) diag[i] = k;
    }
    if (diag[i]! < 0) {
      throw new LmbError("E_NOT_SPD", `row ${i} stores no diagonal entry`, {
        fix: "store every diagonal entry (an SPD matrix has a positive diagonal)",
        details: { index: i },
      });
    }
    for (let kk = start; kk < end; kk++) {
      const k = colIdx[kk]!;
      if (k >= i) break;
      const lik = lu[kk]! / lu[diag[k]!]!;
      lu[kk] = lik;
      for (let jj = diag[k]! + 1; jj < rowPtr[k + 1]!; jj++) {
        const pos = where[colIdx[jj]!]!;
        const update = lik * lu[jj]!;
        if (pos >= 0) lu[pos]! -= update;
        else if (relax > 0) lu[diag[i]!]! -= relax * update;
      }
    }
    for (let k = start; k < end; k++) where[colIdx[k]!] = -1;
    const pivot = lu[diag[i]!]!;
    if (!(pivot > 0)) {
      throw new LmbError(
        "E_NOT_SPD",
        `incomplete Cholesky pivot ${i} is ${pivot}: the matrix is not an M-matrix (or not SPD)`,
        {
          fix: "use the Jacobi preconditioner, or a smaller modification",
          details: { index: i, pivot },
        },
      );
    }
  }
  // Split into strictly lower (L) and strictly upper (D·Lᵀ) parts in contiguous arrays, with the
  // inverse pivots: the two substitutions then stream through memory without branches.
  const lowerPtr = new Int32Array(n + 1);
  const upperPtr = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    lowerPtr[i + 1] = lowerPtr[i]! + (diag[i]! - rowPtr[i]!);
    upperPtr[i + 1] = upperPtr[i]! + (rowPtr[i + 1]! - diag[i]! - 1);
  }
  const lowerCol = new Int32Array(lowerPtr[n]!);
  const lowerVal = new Float64Array(lowerPtr[n]!);
  const upperCol = new Int32Array(upperPtr[n]!);
  const upperVal = new Float64Array(upperPtr[n]!);
  const invPivot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let l = lowerPtr[i]!;
    let u = upperPtr[i]!;
    for (let k = rowPtr[i]!; k < rowPtr[i + 1]!; k++) {
      if (k < diag[i]!) {
        lowerCol[l] = colIdx[k]!;
        lowerVal[l++] = lu[k]!;
      } else if (k > diag[i]!) {
        upperCol[u] = colIdx[k]!;
        upperVal[u++] = lu[k]!;
      }
    }
    invPivot[i] = 1 / lu[diag[i]!]!;
  }
  return {
    apply(r: Float64Array, z: Float64Array): void {
      // L·y = r (unit lower triangle), then U·z = y (U = D·Lᵀ)
      for (let i = 0; i < n; i++) {
        let s = r[i]!;
        const end = lowerPtr[i + 1]!;
        for (let k = lowerPtr[i]!; k < end; k++) s -= lowerVal[k]! * z[lowerCol[k]!]!;
        z[i] = s;
      }
      for (let i = n - 1; i >= 0; i--) {
        let s = z[i]!;
        const end = upperPtr[i + 1]!;
        for (let k = upperPtr[i]!; k < end; k++) s -= upperVal[k]! * z[upperCol[k]!]!;
        z[i] = s * invPivot[i]!;
      }
    },
  };
}
