import { describe, expect, it } from "vitest";
import { bracketRoot } from "./bracket.js";
import { brent } from "./brent.js";
import { minimize1D } from "./minimize.js";

describe("brent", () => {
  it("solves cos x = x (Dottie number 0.7390851332151607)", () => {
    const r = brent((x) => Math.cos(x) - x, 0, 1, { xtol: 1e-15 });
    expect(r.converged).toBe(true);
    expect(r.root).toBeAllClose(0.7390851332151607, { rtol: 2e-15 });
    expect(r.evaluations).toBeLessThan(15);
  });

  it("inverts Butler–Volmer for the overpotential", () => {
    // i = i0·[exp(αa·F·η/RT) − exp(−αc·F·η/RT)], i0 = 1 mA cm⁻², αa = αc = ½, T = 298.15 K
    const F = 96485.33212;
    const R = 8.314462618;
    const f = F / (R * 298.15);
    const i0 = 1e-3;
    const current = (eta: number) => i0 * (Math.exp(0.5 * f * eta) - Math.exp(-0.5 * f * eta));
    // symmetric case has the closed form η = (2RT/F)·asinh(i/(2·i0))
    const target = 5e-3;
    const r = brent((eta) => current(eta) - target, -1, 1, { xtol: 1e-15 });
    expect(r.root).toBeAllClose((2 / f) * Math.asinh(target / (2 * i0)), { rtol: 1e-13 });
  });

  it("handles roots at the ends, multiple roots and step functions", () => {
    expect(brent((x) => x - 1, 1, 3).root).toBe(1);
    expect(brent((x) => (x - 1) ** 3, 0, 3, { xtol: 1e-14 }).root).toBeAllClose(1, { atol: 1e-5 });
    expect(brent((x) => (x < 0.3 ? -1 : 1), 0, 1, { xtol: 1e-12 }).root).toBeAllClose(0.3, {
      atol: 1e-11,
    });
  });

  it("reports non-convergence honestly", () => {
    const r = brent((x) => Math.cbrt(x - Math.PI), 0, 10, { maxIterations: 3 });
    expect(r.converged).toBe(false);
  });

  it("throws E_NO_BRACKET and E_NON_FINITE", () => {
    expect(() => brent((x) => x * x + 1, -1, 1)).toThrow(/E_NO_BRACKET/);
    expect(() => brent((x) => Math.log(x), -1, 2)).toThrow(/E_NON_FINITE/);
  });
});

describe("bracketRoot", () => {
  it("expands until the sign changes, then brent finds the root", () => {
    const f = (x: number) => x * x - 50;
    const [lo, hi] = bracketRoot(f, 0, 1);
    expect(f(lo) * f(hi)).toBeLessThanOrEqual(0);
    expect(brent(f, lo, hi).root).toBeAllClose(Math.sqrt(50), { rtol: 1e-12 });
  });

  it("throws E_NO_BRACKET for a function without real roots", () => {
    expect(() => bracketRoot((x) => x * x + 1, 0, 1, { maxIterations: 20 })).toThrow(
      /E_NO_BRACKET/,
    );
  });
});

describe("minimize1D", () => {
  it("finds the minimum of a parabola and of known functions", () => {
    expect(minimize1D((x) => (x - 2) ** 2 + 1, 0, 5).x).toBeAllClose(2, { rtol: 1e-7 });
    // x·ln x has its minimum at 1/e
    const r = minimize1D((x) => x * Math.log(x), 0.01, 2);
    expect(r.x).toBeAllClose(1 / Math.E, { rtol: 1e-7 });
    expect(r.value).toBeAllClose(-1 / Math.E, { rtol: 1e-14 });
    // cos on [3, 4] → π
    expect(minimize1D(Math.cos, 3, 4).x).toBeAllClose(Math.PI, { rtol: 1e-7 });
  });

  it("throws E_NON_FINITE on NaN", () => {
    expect(() => minimize1D(() => Number.NaN, 0, 1)).toThrow(/E_NON_FINITE/);
  });
});
