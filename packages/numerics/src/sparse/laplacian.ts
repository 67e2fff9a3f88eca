import { LmbError } from "@lmb/errors";
import type { CsrMatrix } from "./csr.js";

/**
 * The 7-point finite-difference Laplacian −∇² on an n×n×n grid of interior points with
 * homogeneous Dirichlet boundaries, unscaled (6 on the diagonal, −1 for each of up to six
 * neighbours; multiply by 1/h² for the physical operator). SPD, N = n³ unknowns, ≈ 7N
 * non-zeros, unknown index i + n·j + n²·k. Condition number ≈ 4n²/π²·…, so CG needs O(n)
 * iterations.
 *
 * @param n - grid points per direction (n³ unknowns; 128 → 2.1 M)
 * @returns the CSR matrix
 * @example laplacian3d(2).rows // 8
 */
export function laplacian3d(n: number): CsrMatrix {
  if (!(Number.isInteger(n) && n >= 1 && n ** 3 <= 2 ** 27)) {
    throw new LmbError("E_DOMAIN", `laplacian3d needs an integer 1 ≤ n ≤ 512, got ${n}`);
  }
  const size = n * n * n;
  const nnz = 7 * size - 6 * n * n;
  const rowPtr = new Int32Array(size + 1);
  const colIdx = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const nn = n * n;
  let at = 0;
  for (let k = 0; k < n; k++) {
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const row = i + n * j + nn * k;
        rowPtr[row] = at;
        if (k > 0) {
          colIdx[at] = row - nn;
          values[at++] = -1;
        }
        if (j > 0) {
          colIdx[at] = row - n;
          values[at++] = -1;
        }
        if (i > 0) {
          colIdx[at] = row - 1;
          values[at++] = -1;
        }
        colIdx[at] = row;
        values[at++] = 6;
        if (i < n - 1) {
          colIdx[at] = row + 1;
          values[at++] = -1;
        }
        if (j < n - 1) {
          colIdx[at] = row + n;
          values[at++] = -1;
        }
        if (k < n - 1) {
          colIdx[at] = row + nn;
          values[at++] = -1;
        }
      }
    }
  }
  rowPtr[size] = at;
  return { rows: size, cols: size, rowPtr, colIdx, values };
}
