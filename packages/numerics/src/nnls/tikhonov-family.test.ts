import { Matrix, solve } from "ml-matrix";
import { describe, expect, it } from "vitest";
import { createRng } from "../random/rng.js";
import { selectLambdaByGcv } from "./select-lambda.js";
import { createTikhonovFamily } from "./tikhonov-family.js";

/**
 * A smoothing problem: y = smooth curve + noise sampled at m points, represented by n Gaussian
 * bumps plus an unpenalised offset (column 0); P penalises the first difference of the bump
 * weights (LᵀL) and leaves the offset free.
 */
function smoothingProblem(noise: number, seed = 4) {
  const rng = createRng(seed);
  const m = 80;
  const bumps = 30;
  const n = bumps + 1;
  const a = new Float64Array(m * n);
  const b = new Float64Array(m);
  const t = Float64Array.from({ length: m }, (_, i) => i / (m - 1));
  for (let i = 0; i < m; i++) {
    a[i] = 1;
    for (let k = 0; k < bumps; k++) {
      a[(k + 1) * m + i] = Math.exp(-(((t[i] as number) - k / (bumps - 1)) ** 2) / 0.004);
    }
    b[i] = 2 + Math.sin(2 * Math.PI * (t[i] as number)) + noise * rng.normal();
  }
  const p = new Float64Array(n * n);
  for (let k = 0; k < bumps - 1; k++) {
    const i = k + 1;
    const j = k + 2;
    p[i * n + i] = (p[i * n + i] as number) + 1;
    p[j * n + j] = (p[j * n + j] as number) + 1;
    p[i * n + j] = (p[i * n + j] as number) - 1;
    p[j * n + i] = (p[j * n + i] as number) - 1;
  }
  return { a, b, m, n, p };
}

function direct(
  a: Float64Array,
  b: Float64Array,
  m: number,
  n: number,
  p: Float64Array,
  lambda: number,
) {
  const am = new Matrix(m, n);
  for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) am.set(i, j, a[j * m + i] as number);
  const h = am.transpose().mmul(am);
  for (let j = 0; j < n; j++)
    for (let k = 0; k < n; k++) h.set(j, k, h.get(j, k) + lambda * (p[j * n + k] as number));
  const rhs = am.transpose().mmul(Matrix.columnVector(Array.from(b)));
  const x = solve(h, rhs).to1DArray();
  const k = am.mmul(solve(h, am.transpose()));
  let trace = 0;
  for (let i = 0; i < m; i++) trace += k.get(i, i);
  const fitted = am.mmul(Matrix.columnVector(x)).to1DArray();
  let rss = 0;
  for (let i = 0; i < m; i++) rss += ((b[i] as number) - (fitted[i] as number)) ** 2;
  return { x, trace, rss };
}

describe("createTikhonovFamily", () => {
  it("x(λ), ‖r(λ)‖ and tr K(λ) match direct solves of (AᵀA + λP)x = Aᵀb at λ = 1e-4…10", () => {
    const { a, b, m, n, p } = smoothingProblem(0.05);
    const family = createTikhonovFamily({ a, rows: m, columns: n, b, penalty: p });
    for (const lambda of [1e-4, 1e-2, 1, 10]) {
      const ref = direct(a, b, m, n, p, lambda);
      expect(family.solve(lambda)).toBeAllClose(ref.x, { rtol: 1e-7, atol: 1e-9 });
      expect(family.residualNorm(lambda)).toBeAllClose(Math.sqrt(ref.rss), { rtol: 1e-8 });
      expect(family.influenceTrace(lambda)).toBeAllClose(ref.trace, { rtol: 1e-8 });
      expect(family.gcv(lambda)).toBeAllClose((m * ref.rss) / (m - ref.trace) ** 2, { rtol: 1e-7 });
    }
  });

  it("strong smoothing keeps only the offset and P's null space: tr K(1e9) ≈ 2", () => {
    const { a, b, m, n, p } = smoothingProblem(0.05);
    const family = createTikhonovFamily({ a, rows: m, columns: n, b, penalty: p });
    // The unpenalised offset (1) plus the equal-weights null space of the first-difference P (1).
    // P is singular, so a ridge of 1e-12·max P_jj is added, which penalises that direction by
    // ~1e-12·λ: at λ = 1e9 it keeps 99 % of its weight (1.986 observed).
    expect(family.influenceTrace(1e9)).toBeAllClose(2, { atol: 0.03 });
    expect(family.influenceTrace(1e-9)).toBeAllClose(n, { atol: 0.01 });
  });

  it("GCV picks more smoothing for noisier data, and a fit whose RMS error is near the noise", () => {
    const quiet = smoothingProblem(0.01);
    const noisy = smoothingProblem(0.2);
    const fQuiet = createTikhonovFamily({
      ...quiet,
      rows: quiet.m,
      columns: quiet.n,
      penalty: quiet.p,
    });
    const fNoisy = createTikhonovFamily({
      ...noisy,
      rows: noisy.m,
      columns: noisy.n,
      penalty: noisy.p,
    });
    const lq = selectLambdaByGcv(fQuiet, { min: 1e-8, max: 1e3 });
    const ln = selectLambdaByGcv(fNoisy, { min: 1e-8, max: 1e3 });
    expect(ln.lambda).toBeGreaterThan(10 * lq.lambda);
    expect(lq.atBound).toBe(false);
    // The refined score is no worse than the best grid point.
    expect(lq.score).toBeLessThanOrEqual(Math.min(...lq.grid.score));
    const rms = fNoisy.residualNorm(ln.lambda) / Math.sqrt(noisy.m);
    expect(rms).toBeGreaterThan(0.15);
    expect(rms).toBeLessThan(0.25);
  });

  it("rejects λ ≤ 0 and dependent unpenalised columns", () => {
    const { a, b, m, n, p } = smoothingProblem(0.05);
    const family = createTikhonovFamily({ a, rows: m, columns: n, b, penalty: p });
    expect(() => family.solve(0)).toThrow(/E_INVALID_ARGUMENT/);
    const twice = new Float64Array(m * 2).fill(1);
    expect(() =>
      createTikhonovFamily({ a: twice, rows: m, columns: 2, b, penalty: new Float64Array(4) }),
    ).toThrow(/E_SINGULAR: unpenalised column 1/);
  });
});
