import { Matrix, solve } from "ml-matrix";
import { describe, expect, it } from "vitest";
import { createRng } from "../random/rng.js";
import { conjugateGradient } from "./conjugate-gradient.js";
import { type CsrMatrix, csrFromTriplets, csrMultiply } from "./csr.js";
import { laplacian3d } from "./laplacian.js";

function toDense(a: CsrMatrix): number[][] {
  const d = Array.from({ length: a.rows }, () => new Array<number>(a.cols).fill(0));
  for (let i = 0; i < a.rows; i++) {
    for (let k = a.rowPtr[i]!; k < a.rowPtr[i + 1]!; k++) d[i]![a.colIdx[k]!] = a.values[k]!;
  }
  return d;
}

/** Random SPD matrix B·Bᵀ + n·I as COO triplets with duplicates. */
function randomSpd(n: number, seed: number): CsrMatrix {
  const rng = createRng(seed);
  const bm = Matrix.zeros(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (rng.uniform() < 0.3) bm.set(i, j, rng.normal());
  const dense = bm.mmul(bm.transpose()).add(Matrix.eye(n).mul(n));
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = dense.get(i, j);
      if (v !== 0) {
        // split each entry into two duplicates to exercise summation
        rows.push(i, i);
        cols.push(j, j);
        vals.push(0.25 * v, 0.75 * v);
      }
    }
  }
  return csrFromTriplets(n, n, rows, cols, vals);
}

describe("csrFromTriplets and csrMultiply", () => {
  it("sums duplicates, sorts columns and multiplies like the dense matrix", () => {
    const a = csrFromTriplets(3, 4, [2, 0, 0, 1, 2, 0], [3, 1, 1, 0, 0, 3], [1, 2, 3, 4, 5, 6]);
    expect(Array.from(a.rowPtr)).toEqual([0, 2, 3, 5]);
    expect(Array.from(a.colIdx)).toEqual([1, 3, 0, 0, 3]);
    expect(toDense(a)).toEqual([
      [0, 5, 0, 6],
      [4, 0, 0, 0],
      [5, 0, 0, 1],
    ]);
    expect(Array.from(csrMultiply(a, [1, 2, 3, 4]))).toEqual([34, 4, 9]);
  });

  it("rejects out-of-range indices, non-finite values and bad lengths", () => {
    expect(() => csrFromTriplets(2, 2, [0, 2], [0, 0], [1, 1])).toThrow(/E_INDEX_OUT_OF_RANGE/);
    expect(() => csrFromTriplets(2, 2, [0], [0], [Number.NaN])).toThrow(/E_NON_FINITE_DATA/);
    expect(() => csrFromTriplets(2, 2, [0, 1], [0], [1, 1])).toThrow(/E_LENGTH_MISMATCH/);
    expect(() => csrMultiply(laplacian3d(2), [1, 2])).toThrow(/E_LENGTH_MISMATCH/);
  });
});

describe("laplacian3d", () => {
  it("has the 7-point structure", () => {
    const a = laplacian3d(3);
    expect(a.rows).toBe(27);
    expect(a.values.length).toBe(7 * 27 - 6 * 9);
    const d = toDense(a);
    expect(d[13]![13]).toBe(6); // centre point: six neighbours
    expect(d[13]!.filter((v) => v === -1).length).toBe(6);
    expect(d[0]!.filter((v) => v === -1).length).toBe(3); // corner
    for (let i = 0; i < 27; i++) for (let j = 0; j < 27; j++) expect(d[i]![j]).toBe(d[j]![i]);
  });
});

describe("conjugateGradient", () => {
  it.each(["jacobi", "none"] as const)("matches ml-matrix's dense solve (%s)", (preconditioner) => {
    const a = randomSpd(40, 11);
    const b = createRng(5).normalArray(40);
    const result = conjugateGradient(a, b, { tolerance: 1e-12, preconditioner });
    const dense = solve(new Matrix(toDense(a)), Matrix.columnVector(Array.from(b)));
    expect(result.converged).toBe(true);
    expect(result.reason).toBe("converged");
    expect(result.x).toBeAllClose(dense.getColumn(0), { rtol: 1e-9, atol: 1e-12 });
  });

  it("solves a 32³ Laplacian with a manufactured solution", () => {
    const a = laplacian3d(32);
    const xTrue = createRng(9).uniformArray(a.rows);
    const b = csrMultiply(a, xTrue);
    const result = conjugateGradient(a, b, { tolerance: 1e-10 });
    expect(result.converged).toBe(true);
    expect(result.relativeResidual).toBeLessThanOrEqual(1e-10);
    expect(result.x).toBeAllClose(xTrue, { atol: 1e-7 });
    // the recursively updated residual agrees with the true one
    const ax = csrMultiply(a, result.x);
    let rr = 0;
    for (let i = 0; i < a.rows; i++) rr += (b[i]! - ax[i]!) ** 2;
    expect(Math.sqrt(rr)).toBeAllClose(result.residualNorm, { rtol: 1e-3, atol: 1e-12 });
    // a good start converges at once
    const warm = conjugateGradient(a, b, { x0: result.x, tolerance: 1e-10 });
    expect(warm.iterations).toBe(0);
  });

  it("reports zero-rhs and max-iterations", () => {
    const a = laplacian3d(8);
    const zero = conjugateGradient(a, new Float64Array(a.rows));
    expect(zero.reason).toBe("zero-rhs");
    expect(zero.x.every((v) => v === 0)).toBe(true);
    const short = conjugateGradient(a, new Float64Array(a.rows).fill(1), { maxIterations: 3 });
    expect(short).toMatchObject({ converged: false, reason: "max-iterations", iterations: 3 });
  });

  it("detects non-SPD matrices, non-square ones and bad vectors", () => {
    const indefinite = csrFromTriplets(2, 2, [0, 1], [0, 1], [1, -1]);
    expect(() => conjugateGradient(indefinite, [1, 1], { preconditioner: "none" })).toThrow(
      /E_NOT_SPD/,
    );
    expect(() => conjugateGradient(indefinite, [1, 1])).toThrow(/E_NOT_SPD/);
    const nonSquare = csrFromTriplets(2, 3, [0], [0], [1]);
    expect(() => conjugateGradient(nonSquare, [1, 1])).toThrow(/E_NOT_SQUARE/);
    expect(() => conjugateGradient(laplacian3d(2), [1])).toThrow(/E_LENGTH_MISMATCH/);
    const b = new Float64Array(8).fill(1);
    b[3] = Number.NaN;
    expect(() => conjugateGradient(laplacian3d(2), b)).toThrow(/E_NON_FINITE_DATA.*b\[3\]/);
  });
});
