import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearLeastSquares } from "../linear/linear-least-squares.js";
import { createRng } from "../random/rng.js";
import { minimumNormLeastSquares } from "./minimum-norm-least-squares.js";
import { nnls } from "./nnls.js";

/** Column-major m×n matrix from rows. */
function fromRows(rows: number[][]): { a: Float64Array; m: number; n: number } {
  const m = rows.length;
  const n = (rows[0] as number[]).length;
  const a = new Float64Array(m * n);
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      a[j * m + i] = v;
    });
  });
  return { a, m, n };
}

function objective(
  a: ArrayLike<number>,
  m: number,
  n: number,
  b: ArrayLike<number>,
  x: ArrayLike<number>,
): number {
  let s = 0;
  for (let i = 0; i < m; i++) {
    let r = -(b[i] as number);
    for (let j = 0; j < n; j++) r += (a[j * m + i] as number) * (x[j] as number);
    s += r * r;
  }
  return s;
}

/**
 * Karush–Kuhn–Tucker conditions of min ½‖Ax − b‖², x ≥ 0 with w = Aᵀ(b − Ax) (minus the
 * gradient): x ≥ 0; w_j ≤ tol where x_j = 0; |w_j| ≤ tol where x_j > 0.
 */
function expectKkt(
  x: Float64Array,
  w: Float64Array,
  tol: number,
  free: readonly number[] = [],
): void {
  for (let j = 0; j < x.length; j++) {
    const xj = x[j] as number;
    const wj = w[j] as number;
    if (free.includes(j)) {
      expect(Math.abs(wj)).toBeLessThanOrEqual(tol);
    } else if (xj === 0) {
      expect(wj).toBeLessThanOrEqual(tol);
    } else {
      expect(xj).toBeGreaterThan(0);
      expect(Math.abs(wj)).toBeLessThanOrEqual(tol);
    }
  }
}

/** The exact NNLS minimiser by enumerating every passive set (n ≤ 8): the reference. */
function bruteForceNnls(
  a: Float64Array,
  m: number,
  n: number,
  b: ArrayLike<number>,
  free: readonly number[] = [],
): { x: Float64Array; value: number } {
  let best = { x: new Float64Array(n), value: Number.POSITIVE_INFINITY };
  for (let mask = 0; mask < 1 << n; mask++) {
    const set = Array.from({ length: n }, (_, j) => j).filter((j) => (mask >> j) & 1);
    if (!free.every((j) => set.includes(j))) continue;
    const x = new Float64Array(n);
    if (set.length > 0) {
      const sub = new Float64Array(m * set.length);
      set.forEach((j, k) => {
        sub.set(a.subarray(j * m, (j + 1) * m), k * m);
      });
      const z = minimumNormLeastSquares(sub, m, set.length, b).x;
      if (set.some((j, k) => !free.includes(j) && (z[k] as number) < 0)) continue;
      set.forEach((j, k) => {
        x[j] = z[k] as number;
      });
    }
    const value = objective(a, m, n, b, x);
    if (value < best.value) best = { x, value };
  }
  return best;
}

describe("nnls — known solutions", () => {
  it("A = I projects b onto the non-negative orthant", () => {
    const { a, m, n } = fromRows([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    const fit = nnls({ a, rows: m, columns: n, b: [2, -1, 0.5] });
    expect(fit.x).toBeAllClose([2, 0, 0.5], { rtol: 1e-14 });
    expect(fit.passive).toEqual([0, 2]);
    expect(fit.residualNorm).toBeAllClose(1, { rtol: 1e-14 });
    expect(fit.converged).toBe(true);
  });

  it("MathWorks lsqnonneg documentation example: x = (0, 0.6929), unconstrained C\\d = (−2.5627, 3.1108)", () => {
    // https://www.mathworks.com/help/matlab/ref/lsqnonneg.html ("Nonnegative Linear Least Squares")
    const { a, m, n } = fromRows([
      [0.0372, 0.2869],
      // biome-ignore lint/suspicious/noApproximativeNumericConstant: a data value of the example, not √½
      [0.6861, 0.7071],
      [0.6233, 0.6245],
      [0.6344, 0.617],
    ]);
    const b = [0.8587, 0.1781, 0.0747, 0.8405];
    const fit = nnls({ a, rows: m, columns: n, b });
    expect(fit.x).toBeAllClose([0, 0.6929], { atol: 5e-5 });
    expect(fit.x[0]).toBe(0);
    const free = linearLeastSquares([a.subarray(0, 4), a.subarray(4, 8)], b, { intercept: false });
    expect(free.coefficients).toBeAllClose([-2.5627, 3.1108], { atol: 5e-5 });
    // KKT: the gradient pushes x₁ below 0, so it stays on the bound.
    expectKkt(fit.x, fit.dual, 1e-12);
    expect(fit.dual[0]).toBeLessThan(0);
  });

  it("two observations of one unknown and one of another: x = (1.5, 0) for b = (2, 1, −1)", () => {
    const { a, m, n } = fromRows([
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    const fit = nnls({ a, rows: m, columns: n, b: [2, 1, -1] });
    expect(fit.x).toBeAllClose([1.5, 0], { rtol: 1e-14 });
    expect(fit.dual).toBeAllClose([0, -1], { atol: 1e-14 });
  });

  it("matches unconstrained least squares when the solution is interior", () => {
    const rng = createRng(7);
    const m = 40;
    const n = 6;
    const a = new Float64Array(m * n);
    for (let i = 0; i < a.length; i++) a[i] = rng.uniform();
    const truth = [0.5, 1.2, 2, 0.8, 1.5, 0.3];
    const b = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let s = 0.001 * rng.normal();
      for (let j = 0; j < n; j++) s += (a[j * m + i] as number) * (truth[j] as number);
      b[i] = s;
    }
    const fit = nnls({ a, rows: m, columns: n, b });
    const columns = Array.from({ length: n }, (_, j) => a.subarray(j * m, (j + 1) * m));
    const ls = linearLeastSquares(columns, b, { intercept: false });
    expect(fit.x).toBeAllClose(ls.coefficients, { rtol: 1e-10 });
    expect(fit.passive).toHaveLength(n);
  });

  it("a free variable may go negative (series term without sign constraint)", () => {
    const { a, m, n } = fromRows([
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
    // b = −1 + 0.5·t: the intercept is negative.
    const b = [-0.5, 0, 0.5];
    const fit = nnls({ a, rows: m, columns: n, b }, { free: [0] });
    expect(fit.x).toBeAllClose([-1, 0.5], { rtol: 1e-12 });
    const constrained = nnls({ a, rows: m, columns: n, b });
    expect(constrained.x[0]).toBe(0);
  });
});

describe("nnls — Tikhonov term", () => {
  it("λ‖Lx‖² equals NNLS on the stacked system [A; √λL], [b; 0]", () => {
    const rng = createRng(3);
    const m = 12;
    const n = 5;
    const a = new Float64Array(m * n);
    for (let i = 0; i < a.length; i++) a[i] = rng.normal();
    const b = Float64Array.from({ length: m }, () => rng.normal());
    // First-difference operator L (4×5).
    const k = n - 1;
    const l = new Float64Array(k * n);
    for (let i = 0; i < k; i++) {
      l[i * k + i] = -1;
      l[(i + 1) * k + i] = 1;
    }
    const lambda = 0.7;
    const regularised = nnls(
      { a, rows: m, columns: n, b },
      { tikhonov: { lambda, matrix: l, matrixRows: k } },
    );
    const stacked = new Float64Array((m + k) * n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < m; i++) stacked[j * (m + k) + i] = a[j * m + i] as number;
      for (let i = 0; i < k; i++)
        stacked[j * (m + k) + m + i] = Math.sqrt(lambda) * (l[j * k + i] as number);
    }
    const sb = new Float64Array(m + k);
    sb.set(b);
    const reference = nnls({ a: stacked, rows: m + k, columns: n, b: sb });
    expect(regularised.x).toBeAllClose(reference.x, { rtol: 1e-10, atol: 1e-13 });
    expect(regularised.objective).toBeAllClose(reference.residualNorm ** 2, { rtol: 1e-10 });
    // The same term given as P = LᵀL.
    const p = new Float64Array(n * n);
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        let s = 0;
        for (let i = 0; i < k; i++) s += (l[r * k + i] as number) * (l[c * k + i] as number);
        p[c * n + r] = s;
      }
    }
    const viaPenalty = nnls({ a, rows: m, columns: n, b }, { tikhonov: { lambda, penalty: p } });
    expect(viaPenalty.x).toBeAllClose(regularised.x, { rtol: 1e-12, atol: 1e-14 });
  });

  it("ridge (no matrix) shrinks towards 0 and keeps the KKT conditions of the stacked problem", () => {
    const { a, m, n } = fromRows([
      [1, 0],
      [0, 1],
    ]);
    const fit = nnls({ a, rows: m, columns: n, b: [2, -1] }, { tikhonov: { lambda: 1 } });
    // min (x−2)² + x² → x = 1; second variable on its bound.
    expect(fit.x).toBeAllClose([1, 0], { rtol: 1e-14 });
    expectKkt(fit.x, fit.dual, 1e-14);
  });
});

describe("nnls — properties", () => {
  const problem = fc
    .record({
      m: fc.integer({ min: 1, max: 9 }),
      n: fc.integer({ min: 1, max: 6 }),
      seed: fc.nat(),
    })
    .map(({ m, n, seed }) => {
      const rng = createRng(seed);
      const a = Float64Array.from({ length: m * n }, () => rng.normal());
      const b = Float64Array.from({ length: m }, () => 3 * rng.normal());
      return { a, m, n, b };
    });

  it("KKT conditions hold and the objective equals the exhaustive-search minimum", () => {
    fc.assert(
      fc.property(problem, ({ a, m, n, b }) => {
        const fit = nnls({ a, rows: m, columns: n, b });
        expect(fit.converged).toBe(true);
        let scale = 0;
        for (let i = 0; i < m; i++) scale += (b[i] as number) ** 2;
        const tol = 1e-9 * (1 + Math.sqrt(scale)) * Math.sqrt(m);
        expectKkt(fit.x, fit.dual, tol);
        const reference = bruteForceNnls(a, m, n, b);
        expect(objective(a, m, n, b, fit.x)).toBeAllClose(reference.value, {
          rtol: 1e-9,
          atol: 1e-12,
        });
        if (m >= n) expect(fit.x).toBeAllClose(reference.x, { rtol: 1e-6, atol: 1e-8 });
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("with free variables, matches exhaustive search over the constrained ones", () => {
    fc.assert(
      fc.property(problem, fc.nat(), ({ a, m, n, b }, pick) => {
        if (m < n) return;
        const free = [pick % n];
        const fit = nnls({ a, rows: m, columns: n, b }, { free });
        const reference = bruteForceNnls(a, m, n, b, free);
        expect(objective(a, m, n, b, fit.x)).toBeAllClose(reference.value, {
          rtol: 1e-9,
          atol: 1e-12,
        });
        expectKkt(fit.x, fit.dual, 1e-8 * (1 + Math.abs(reference.value)), free);
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it("a 300×120 problem converges with KKT residuals below 1e-9 relative", () => {
    const rng = createRng(99);
    const m = 300;
    const n = 120;
    const a = Float64Array.from({ length: m * n }, () => rng.normal());
    const b = Float64Array.from({ length: m }, () => rng.normal());
    const fit = nnls({ a, rows: m, columns: n, b });
    expect(fit.converged).toBe(true);
    expect(fit.passive.length).toBeGreaterThan(10);
    expect(fit.passive.length).toBeLessThan(n);
    expectKkt(fit.x, fit.dual, 1e-9 * Math.sqrt(m));
  });
});

describe("nnls — bad input", () => {
  it("rejects NaN, wrong lengths, λ < 0 and bad free indices with LmbError", () => {
    const base = { a: [1, 0, 0, 1], rows: 2, columns: 2, b: [1, 1] };
    expect(() => nnls({ ...base, a: [1, Number.NaN, 0, 1] })).toThrow(
      /E_NON_FINITE_DATA: a\(1, 0\) is NaN/,
    );
    expect(() => nnls({ ...base, b: [1] })).toThrow(/E_LENGTH_MISMATCH/);
    expect(() => nnls({ ...base, a: [1, 0, 0] })).toThrow(/E_LENGTH_MISMATCH.*column-major/);
    expect(() => nnls(base, { tikhonov: { lambda: -1 } })).toThrow(/E_INVALID_ARGUMENT.*λ ≥ 0/);
    expect(() => nnls(base, { free: [2] })).toThrow(/E_INVALID_ARGUMENT: free index 2/);
    expect(() => nnls({ ...base, rows: 0 })).toThrow(/E_INVALID_ARGUMENT/);
  });

  it("a zero column stays at 0", () => {
    const fit = nnls({ a: [1, 1, 0, 0], rows: 2, columns: 2, b: [1, 3] });
    expect(fit.x).toBeAllClose([2, 0], { rtol: 1e-14 });
  });
});
