import { describe, expect, it } from "vitest";
import { linearRegression } from "./linear-regression.js";
import { NIST_LINEAR } from "./nist/nist-linear.fixture.js";

const problem = (name: string) => NIST_LINEAR.find((p) => p.name === name)!;

describe("linearRegression — NIST StRD certification", () => {
  it("NIST StRD Norris (lower difficulty): certified values to 12 digits", () => {
    const p = problem("Norris");
    const fit = linearRegression(p.x, p.y);
    expect([fit.intercept, fit.slope]).toBeAllClose(p.estimates, { rtol: 1e-12 });
    expect([fit.interceptStandardError, fit.slopeStandardError]).toBeAllClose(p.standardErrors, {
      rtol: 1e-12,
    });
    expect(fit.residualStandardDeviation).toBeAllClose(p.residualStandardDeviation, {
      rtol: 1e-12,
    });
    expect(fit.rSquared).toBeAllClose(p.rSquared, { rtol: 1e-13 });
    // Certified ANOVA: residual SS 26.6173985294224 on 34 dof
    expect(fit.chiSquared).toBeAllClose(26.6173985294224, { rtol: 1e-12 });
    expect(fit.dof).toBe(34);
  });

  it.each(["NoInt1", "NoInt2"])(
    "NIST StRD %s (through the origin): certified to 13 digits",
    (name) => {
      const p = problem(name);
      const fit = linearRegression(p.x, p.y, { throughOrigin: true });
      expect(fit.slope).toBeAllClose(p.estimates[0]!, { rtol: 1e-13 });
      expect(fit.slopeStandardError).toBeAllClose(p.standardErrors[0]!, { rtol: 1e-13 });
      expect(fit.residualStandardDeviation).toBeAllClose(p.residualStandardDeviation, {
        rtol: 1e-13,
      });
      expect(fit.rSquared).toBeAllClose(p.rSquared, { rtol: 1e-13 });
      expect(fit.intercept).toBe(0);
    },
  );

  it("survives a 1e9 offset in x and y (two-pass centred sums)", () => {
    const p = problem("Norris");
    const shift = 1e9;
    const fit = linearRegression(
      p.x.map((v) => v + shift),
      p.y.map((v) => v + shift),
    );
    expect(fit.slope).toBeAllClose(p.estimates[1]!, { rtol: 1e-9 });
    expect(fit.slopeStandardError).toBeAllClose(p.standardErrors[1]!, { rtol: 1e-6 });
  });
});

describe("linearRegression — closed forms", () => {
  it("recovers an exact line with zero residuals and R² = 1", () => {
    const x = Float64Array.from({ length: 10 }, (_, i) => i);
    const y = x.map((v) => 3 - 2 * v);
    const fit = linearRegression(x, y);
    expect(fit.slope).toBeAllClose(-2, { rtol: 1e-15 });
    expect(fit.intercept).toBeAllClose(3, { rtol: 1e-15 });
    expect(fit.chiSquared).toBeAllClose(0, { atol: 1e-25 });
    expect(fit.rSquared).toBeAllClose(1, { rtol: 1e-15 });
    expect(fit.residuals).toBeAllClose(new Float64Array(10), { atol: 1e-14 });
  });

  it("matches hand-computed SEs for the symmetric design x = −1, 0, 1", () => {
    // y = 1, 2, 4: b = 1.5, a = 7/3, residuals (1/6, −1/3, 1/6), χ² = 1/6, s² = 1/6,
    // Var(b) = s²/Σx² = 1/12, Var(a) = s²/3 = 1/18, Cov = 0.
    const fit = linearRegression([-1, 0, 1], [1, 2, 4]);
    expect([fit.slope, fit.intercept]).toBeAllClose([1.5, 7 / 3], { rtol: 1e-15 });
    expect(fit.residuals).toBeAllClose([1 / 6, -1 / 3, 1 / 6], { rtol: 1e-14 });
    expect(fit.slopeStandardError).toBeAllClose(Math.sqrt(1 / 12), { rtol: 1e-14 });
    expect(fit.interceptStandardError).toBeAllClose(Math.sqrt(1 / 18), { rtol: 1e-14 });
    expect(fit.covariance.slopeIntercept).toBeAllClose(0, { atol: 1e-16 });
    // t_{0.975, 1} = 12.7062047361747
    expect(fit.criticalValue).toBeAllClose(12.706204736174694, { rtol: 1e-13 });
    expect(fit.slopeInterval).toBeAllClose(
      [1.5 - 12.706204736174694 * Math.sqrt(1 / 12), 1.5 + 12.706204736174694 * Math.sqrt(1 / 12)],
      { rtol: 1e-13 },
    );
    expect(fit.adjustedRSquared).toBeAllClose(1 - (1 - fit.rSquared) * 2, { rtol: 1e-14 });
    expect(fit.aic).toBeAllClose(3 * Math.log(1 / 18) + 4, { rtol: 1e-14 });
    expect(fit.bic).toBeAllClose(3 * Math.log(1 / 18) + 2 * Math.log(3), { rtol: 1e-14 });
  });

  it("equals the unweighted fit with repeated points when weights are integers", () => {
    const fit = linearRegression([0, 1, 2, 3], [1, 2.5, 2.9, 4.2], { weights: [2, 1, 1, 3] });
    const rep = linearRegression([0, 0, 1, 2, 3, 3, 3], [1, 1, 2.5, 2.9, 4.2, 4.2, 4.2]);
    expect([fit.slope, fit.intercept, fit.chiSquared]).toBeAllClose(
      [rep.slope, rep.intercept, rep.chiSquared],
      { rtol: 1e-13 },
    );
  });

  it("is invariant to a common scale of the weights (scaled covariance)", () => {
    const x = [0, 1, 2, 3, 4];
    const y = [0.1, 0.9, 2.2, 2.8, 4.1];
    const w = [1, 2, 3, 2, 1];
    const a = linearRegression(x, y, { weights: w });
    const b = linearRegression(x, y, { weights: w.map((v) => v * 1000) });
    expect([b.slopeStandardError, b.interceptStandardError]).toBeAllClose(
      [a.slopeStandardError, a.interceptStandardError],
      { rtol: 1e-12 },
    );
    const unscaled = linearRegression(x, y, { weights: w, scaleCovariance: false });
    expect(unscaled.slopeStandardError ** 2).toBeAllClose(
      a.slopeStandardError ** 2 / a.reducedChiSquared,
      { rtol: 1e-12 },
    );
  });

  it("skips the residual array with { residuals: false }", () => {
    const fit = linearRegression([0, 1, 2], [0, 1, 3], { residuals: false });
    expect(fit.residuals).toBeUndefined();
    expect(fit.chiSquared).toBeGreaterThan(0);
  });
});

describe("linearRegression — bad input", () => {
  it("names the non-finite index (E_NON_FINITE_DATA)", () => {
    expect(() => linearRegression([0, 1, Number.NaN, 3], [0, 1, 2, 3])).toThrow(/x\[2\]/);
    expect(() => linearRegression([0, 1, 2, 3], [0, Number.POSITIVE_INFINITY, 2, 3])).toThrow(
      /E_NON_FINITE_DATA.*y\[1\]/,
    );
  });

  it("rejects length mismatch, too few points, bad weights, equal x", () => {
    expect(() => linearRegression([0, 1, 2], [0, 1])).toThrow(/E_LENGTH_MISMATCH/);
    expect(() => linearRegression([0, 1], [0, 1])).toThrow(/E_INSUFFICIENT_DATA/);
    expect(() => linearRegression([1], [1], { throughOrigin: true })).toThrow(
      /E_INSUFFICIENT_DATA/,
    );
    expect(() => linearRegression([0, 1, 2], [0, 1, 2], { weights: [1, 0, 1] })).toThrow(
      /E_INVALID_WEIGHTS.*weights\[1\]/,
    );
    expect(() => linearRegression([0, 1, 2], [0, 1, 2], { weights: [1, -1, 1] })).toThrow(
      /E_INVALID_WEIGHTS/,
    );
    expect(() => linearRegression([0, 1, 2], [0, 1, 2], { weights: [1, Number.NaN, 1] })).toThrow(
      /E_INVALID_WEIGHTS/,
    );
    expect(() => linearRegression([0, 1, 2], [0, 1, 2], { weights: [1, 1] })).toThrow(
      /E_LENGTH_MISMATCH/,
    );
    expect(() => linearRegression([0.1, 0.1, 0.1, 0.1], [1, 2, 3, 4])).toThrow(/E_SINGULAR/);
    expect(() => linearRegression([0, 0, 0], [1, 2, 3], { throughOrigin: true })).toThrow(
      /E_SINGULAR/,
    );
    expect(() => linearRegression([0, 1, 2], [0, 1, 2], { confidenceLevel: 1 })).toThrow(
      /E_DOMAIN/,
    );
  });
});
