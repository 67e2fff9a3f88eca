import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearLeastSquares } from "../linear/linear-least-squares.js";
import { createRng } from "../random/rng.js";
import { minimumNormLeastSquares } from "./minimum-norm-least-squares.js";
import { symmetricEigen } from "./symmetric-eigen.js";

function random(m: number, n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: m * n }, () => rng.normal());
}

/** C = A·B for column-major A (m×k), B (k×n). */
function multiply(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array {
  const c = new Float64Array(m * n);
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < k; l++) {
      const blj = b[j * k + l] as number;
      for (let i = 0; i < m; i++)
        c[j * m + i] = (c[j * m + i] as number) + (a[l * m + i] as number) * blj;
    }
  }
  return c;
}

function gram(a: Float64Array, m: number, n: number): Float64Array {
  const g = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < n; k++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += (a[j * m + i] as number) * (a[k * m + i] as number);
      g[j * n + k] = s;
    }
  }
  return g;
}

describe("minimumNormLeastSquares", () => {
  it("equals QR least squares (linearLeastSquares) for a full-rank tall matrix", () => {
    const m = 30;
    const n = 5;
    const a = random(m, n, 1);
    const b = random(m, 1, 2);
    const fit = minimumNormLeastSquares(a, m, n, b);
    const columns = Array.from({ length: n }, (_, j) => a.subarray(j * m, (j + 1) * m));
    const ls = linearLeastSquares(columns, b, { intercept: false });
    expect(fit.rank).toBe(n);
    expect(fit.x).toBeAllClose(ls.coefficients, { rtol: 1e-12 });
    expect(fit.residualNorm).toBeAllClose(Math.sqrt(ls.chiSquared), { rtol: 1e-12 });
  });

  it("splits the weight of duplicated columns evenly (the pinv answer)", () => {
    const fit = minimumNormLeastSquares([1, 2, 1, 2, 0, 1], 2, 3, [2, 4]);
    // Columns 0 and 1 are equal and b = 2·col0: x₀ + x₁ = 2, x₂ = 0; the minimum norm has x₀ = x₁.
    expect(fit.rank).toBe(2);
    expect(fit.x).toBeAllClose([1, 1, 0], { atol: 1e-14 });
  });

  it("underdetermined full row rank: x = Aᵀ(AAᵀ)⁻¹b solves Ax = b exactly", () => {
    const m = 3;
    const n = 7;
    const a = random(m, n, 5);
    const b = random(m, 1, 6);
    const fit = minimumNormLeastSquares(a, m, n, b);
    expect(fit.rank).toBe(m);
    expect(fit.residualNorm).toBeLessThan(1e-13);
    // x lies in range(Aᵀ): x = Aᵀy with y from the 3×3 system (AAᵀ)y = b.
    const ax = multiply(a, fit.x, m, n, 1);
    expect(ax).toBeAllClose(b, { atol: 1e-13 });
  });

  it("property: for rank-deficient A = B·C the solution solves the normal equations and is ⟂ null(A)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        (m, n, r0, seed) => {
          const r = Math.min(r0, m - 1, n - 1);
          if (r < 1) return;
          const a = multiply(random(m, r, seed), random(r, n, seed + 1), m, r, n);
          const b = random(m, 1, seed + 2);
          const fit = minimumNormLeastSquares(a, m, n, b, { rcond: 1e-10 });
          expect(fit.rank).toBe(r);
          // Normal equations AᵀA x = Aᵀb.
          const g = gram(a, m, n);
          const lhs = multiply(g, fit.x, n, n, 1);
          const rhs = new Float64Array(n);
          for (let j = 0; j < n; j++) {
            let s = 0;
            for (let i = 0; i < m; i++) s += (a[j * m + i] as number) * (b[i] as number);
            rhs[j] = s;
          }
          let scale = 0;
          for (const v of g) scale = Math.max(scale, Math.abs(v));
          expect(lhs).toBeAllClose(rhs, { atol: 1e-9 * scale * (1 + Math.hypot(...fit.x)) });
          // Orthogonal to the null space (eigenvectors of AᵀA with ~0 eigenvalue).
          const eig = symmetricEigen(g, n);
          for (let k = 0; k < n - r; k++) {
            let dot = 0;
            for (let j = 0; j < n; j++)
              dot += (eig.vectors[k * n + j] as number) * (fit.x[j] as number);
            expect(Math.abs(dot)).toBeLessThan(1e-7 * (1 + Math.hypot(...fit.x)));
          }
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it("rejects non-finite input", () => {
    expect(() => minimumNormLeastSquares([1, Number.POSITIVE_INFINITY], 2, 1, [1, 2])).toThrow(
      /E_NON_FINITE_DATA: a\(1, 0\) is Infinity/,
    );
    expect(() => minimumNormLeastSquares([1, 2], 2, 1, [1, Number.NaN])).toThrow(
      /E_NON_FINITE_DATA: b\[1\]/,
    );
  });
});
