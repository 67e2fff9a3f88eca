import { describe, expect, it } from "vitest";
import { conjugateGradient } from "./conjugate-gradient.js";
import { csrFromTriplets, csrMultiply } from "./csr.js";
import { incompleteCholesky } from "./incomplete-cholesky.js";
import { laplacian3d } from "./laplacian.js";

/** Tridiagonal SPD matrix (2 + i/n on the diagonal, −1 off it): no fill, so IC(0) is exact. */
function tridiagonal(n: number) {
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(i);
    cols.push(i);
    vals.push(2 + i / n);
    if (i + 1 < n) {
      rows.push(i, i + 1);
      cols.push(i + 1, i);
      vals.push(-1, -1);
    }
  }
  return csrFromTriplets(n, n, rows, cols, vals);
}

describe("incompleteCholesky", () => {
  it("is the exact Cholesky factor when there is no fill: M⁻¹·A·x = x and CG takes one step", () => {
    const a = tridiagonal(50);
    const m = incompleteCholesky(a);
    const x = Float64Array.from({ length: 50 }, (_, i) => Math.sin(i));
    const ax = csrMultiply(a, x);
    const back = new Float64Array(50);
    m.apply(ax, back);
    for (let i = 0; i < 50; i++) expect(back[i]).toBeCloseTo(x[i] as number, 12);
    const solved = conjugateGradient(a, ax, { preconditioner: m, tolerance: 1e-12 });
    expect(solved.iterations).toBe(1);
  });

  it("solves the 3D Laplacian to the same x as Jacobi in well under half the iterations", () => {
    const a = laplacian3d(16);
    const b = Float64Array.from({ length: a.rows }, (_, i) => ((i * 7919) % 13) - 6);
    const jacobi = conjugateGradient(a, b, { tolerance: 1e-10 });
    const ic = conjugateGradient(a, b, { tolerance: 1e-10, preconditioner: incompleteCholesky(a) });
    const mic = conjugateGradient(a, b, {
      tolerance: 1e-10,
      preconditioner: incompleteCholesky(a, { modification: 0.95 }),
    });
    expect(ic.converged && mic.converged).toBe(true);
    expect(ic.iterations).toBeLessThan(0.5 * jacobi.iterations);
    expect(mic.iterations).toBeLessThan(ic.iterations);
    for (let i = 0; i < a.rows; i += 97) {
      expect(ic.x[i]).toBeCloseTo(jacobi.x[i] as number, 7);
      expect(mic.x[i]).toBeCloseTo(jacobi.x[i] as number, 7);
    }
  });

  it("rejects non-square matrices, missing diagonals, bad modification and non-M-matrices", () => {
    expect(() => incompleteCholesky(csrFromTriplets(2, 3, [0], [0], [1]))).toThrow(/E_NOT_SQUARE/);
    expect(() => incompleteCholesky(csrFromTriplets(2, 2, [0, 1], [1, 0], [1, 1]))).toThrow(
      /stores no diagonal/,
    );
    expect(() => incompleteCholesky(tridiagonal(4), { modification: 2 })).toThrow(/E_DOMAIN/);
    // [[1, 2], [2, 1]] is symmetric but indefinite: the second pivot is 1 − 4 = −3
    expect(() =>
      incompleteCholesky(csrFromTriplets(2, 2, [0, 0, 1, 1], [0, 1, 0, 1], [1, 2, 2, 1])),
    ).toThrow(/pivot 1 is -3/);
  });
});
