import { LmbError } from "@lmb/errors";

/**
 * A sparse matrix in compressed sparse row (CSR) form: row i holds the entries
 * `values[k]` at columns `colIdx[k]` for k in `rowPtr[i] … rowPtr[i+1] − 1`, columns
 * ascending and unique. Typed arrays only, so millions of unknowns cost ~12 bytes per
 * non-zero and no per-element objects.
 */
export interface CsrMatrix {
  rows: number;
  cols: number;
  /** Length rows + 1; rowPtr[0] = 0, rowPtr[rows] = nnz. */
  rowPtr: Int32Array;
  /** Column index of each stored entry (length nnz). */
  colIdx: Int32Array;
  /** Value of each stored entry (length nnz). */
  values: Float64Array;
}

/**
 * Builds a CSR matrix from COO triplets (row[k], col[k], value[k]), summing duplicates and
 * sorting columns within each row. O(nnz + rows) plus a short insertion sort per row.
 *
 * Errors: `E_LENGTH_MISMATCH`, `E_INDEX_OUT_OF_RANGE`, `E_NON_FINITE_DATA`.
 *
 * @param rows - number of rows
 * @param cols - number of columns
 * @param rowIndex - row of each triplet (0-based)
 * @param colIndex - column of each triplet (0-based)
 * @param values - value of each triplet
 * @returns the CSR matrix
 * @example csrFromTriplets(2, 2, [0, 1, 0], [0, 1, 0], [1, 2, 3]) // [[4, 0], [0, 2]]
 */
export function csrFromTriplets(
  rows: number,
  cols: number,
  rowIndex: ArrayLike<number>,
  colIndex: ArrayLike<number>,
  values: ArrayLike<number>,
): CsrMatrix {
  const m = values.length;
  if (rowIndex.length !== m || colIndex.length !== m) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `triplet arrays differ in length (${rowIndex.length}, ${colIndex.length}, ${m})`,
    );
  }
  if (!(Number.isInteger(rows) && rows >= 0 && Number.isInteger(cols) && cols >= 0)) {
    throw new LmbError(
      "E_DOMAIN",
      `matrix size must be non-negative integers, got ${rows}×${cols}`,
    );
  }
  const counts = new Int32Array(rows + 1);
  for (let k = 0; k < m; k++) {
    const r = rowIndex[k]!;
    const c = colIndex[k]!;
    if (!(r >= 0 && r < rows && c >= 0 && c < cols && Number.isInteger(r) && Number.isInteger(c))) {
      throw new LmbError(
        "E_INDEX_OUT_OF_RANGE",
        `triplet ${k} at (${r}, ${c}) is outside ${rows}×${cols}`,
        {
          details: { index: k, row: r, col: c },
        },
      );
    }
    if (!Number.isFinite(values[k]!)) {
      throw new LmbError("E_NON_FINITE_DATA", `values[${k}] is ${values[k]}`, {
        details: { index: k },
      });
    }
    counts[r + 1]!++;
  }
  for (let i = 0; i < rows; i++) counts[i + 1]! += counts[i]!;
  const next = counts.slice(0, rows);
  const cIdx = new Int32Array(m);
  const vals = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const at = next[rowIndex[k]!]!++;
    cIdx[at] = colIndex[k]!;
    vals[at] = values[k]!;
  }
  // Sort each row by column (insertion sort; rows are short) and merge duplicates in place.
  const rowPtr = new Int32Array(rows + 1);
  let write = 0;
  for (let i = 0; i < rows; i++) {
    const start = counts[i]!;
    const end = counts[i + 1]!;
    for (let k = start + 1; k < end; k++) {
      const c = cIdx[k]!;
      const v = vals[k]!;
      let j = k - 1;
      while (j >= start && cIdx[j]! > c) {
        cIdx[j + 1] = cIdx[j]!;
        vals[j + 1] = vals[j]!;
        j--;
      }
      cIdx[j + 1] = c;
      vals[j + 1] = v;
    }
    rowPtr[i] = write;
    for (let k = start; k < end; k++) {
      if (write > rowPtr[i]! && cIdx[write - 1] === cIdx[k]) {
        vals[write - 1]! += vals[k]!;
      } else {
        cIdx[write] = cIdx[k]!;
        vals[write] = vals[k]!;
        write++;
      }
    }
  }
  rowPtr[rows] = write;
  return { rows, cols, rowPtr, colIdx: cIdx.slice(0, write), values: vals.slice(0, write) };
}

/**
 * Sparse matrix–vector product out = A·x (2·nnz flops).
 *
 * @param a - the CSR matrix (rows × cols)
 * @param x - vector of length cols
 * @param out - vector of length rows, overwritten (allocated when omitted)
 * @returns `out`
 * @example csrMultiply(A, x, y);
 */
export function csrMultiply(
  a: CsrMatrix,
  x: ArrayLike<number>,
  out: Float64Array = new Float64Array(a.rows),
): Float64Array {
  if (x.length !== a.cols || out.length !== a.rows) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `A is ${a.rows}×${a.cols} but x has ${x.length} and out ${out.length} entries`,
    );
  }
  const { rowPtr, colIdx, values } = a;
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    const end = rowPtr[i + 1]!;
    for (let k = rowPtr[i]!; k < end; k++) s += values[k]! * x[colIdx[k]!]!;
    out[i] = s;
  }
  return out;
}

/**
 * Diagonal of a square CSR matrix (0 where no entry is stored).
 *
 * @param a - the matrix
 * @returns Float64Array of length rows
 * @example csrDiagonal(laplacian3d(4)) // all 6
 */
export function csrDiagonal(a: CsrMatrix): Float64Array {
  const d = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) {
    for (let k = a.rowPtr[i]!; k < a.rowPtr[i + 1]!; k++) {
      if (a.colIdx[k] === i) d[i] = a.values[k]!;
    }
  }
  return d;
}
