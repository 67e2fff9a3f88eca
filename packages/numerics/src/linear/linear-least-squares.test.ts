import { describe, expect, it } from "vitest";
import { linearLeastSquares } from "./linear-least-squares.js";
import { linearRegression } from "./linear-regression.js";
import { NIST_LINEAR } from "./nist/nist-linear.fixture.js";
import { polynomialRegression } from "./polynomial-regression.js";

// Digits required per NIST problem (log relative error). Observed: Norris 13, Pontius 12.7,
// Filip 13.8, Wampler1–5 ≥ 8 on β (SDs ≥ 13), Longley 11.
const REQUIRED: Record<string, { beta: number; se: number }> = {
  Norris: { beta: 1e-11, se: 1e-11 },
  Pontius: { beta: 1e-11, se: 1e-11 },
  NoInt1: { beta: 1e-12, se: 1e-12 },
  NoInt2: { beta: 1e-12, se: 1e-12 },
  Filip: { beta: 1e-10, se: 1e-10 },
  Wampler1: { beta: 1e-8, se: 1e-8 },
  Wampler2: { beta: 1e-10, se: 1e-10 },
  Wampler3: { beta: 1e-8, se: 1e-11 },
  Wampler4: { beta: 1e-8, se: 1e-11 },
  Wampler5: { beta: 1e-6, se: 1e-11 },
  Longley: { beta: 1e-9, se: 1e-10 },
};

describe("linearLeastSquares / polynomialRegression — NIST StRD linear certification", () => {
  it.each(NIST_LINEAR.map((p) => [p.name, p] as const))("NIST StRD %s", (name, p) => {
    const fit =
      p.columns !== undefined
        ? linearLeastSquares(p.columns, p.y)
        : p.throughOrigin
          ? linearLeastSquares([p.x], p.y, { intercept: false })
          : polynomialRegression(p.x, p.y, p.degree);
    const tol = REQUIRED[name]!;
    // Certified SD 0 (Wampler1, 2): absolute tolerance relative to the coefficient scale.
    expect(fit.coefficients).toBeAllClose(p.estimates, { rtol: tol.beta, atol: 1e-300 });
    const exact = p.residualStandardDeviation === 0;
    expect(fit.standardErrors).toBeAllClose(p.standardErrors, {
      rtol: tol.se,
      atol: exact ? 1e-8 : 0,
    });
    expect(fit.residualStandardDeviation).toBeAllClose(p.residualStandardDeviation, {
      rtol: 1e-10,
      atol: exact ? 1e-7 : 0,
    });
    expect(fit.rSquared).toBeAllClose(p.rSquared, { rtol: 1e-10 });
  });
});

describe("linearLeastSquares", () => {
  it("agrees with linearRegression for a weighted straight line", () => {
    const x = [0, 1, 2, 3, 4, 5];
    const y = [0.2, 1.1, 1.8, 3.3, 3.9, 5.2];
    const w = [1, 0.5, 2, 1, 3, 1];
    const line = linearRegression(x, y, { weights: w });
    const general = linearLeastSquares([x], y, { weights: w });
    expect(general.coefficients).toBeAllClose([line.intercept, line.slope], { rtol: 1e-13 });
    expect(general.standardErrors).toBeAllClose(
      [line.interceptStandardError, line.slopeStandardError],
      { rtol: 1e-12 },
    );
    expect(general.covariance[0]![1]!).toBeAllClose(line.covariance.slopeIntercept, {
      rtol: 1e-12,
    });
    expect(general.correlation[0]![1]!).toBeAllClose(line.correlation, { rtol: 1e-12 });
    expect([general.chiSquared, general.aic, general.bic]).toBeAllClose(
      [line.chiSquared, line.aic, line.bic],
      { rtol: 1e-12 },
    );
    expect(general.intervals[1]).toBeAllClose(line.slopeInterval, { rtol: 1e-12 });
  });

  it("rejects dependent columns, too few points and non-finite data", () => {
    const x = [1, 2, 3, 4];
    expect(() => linearLeastSquares([x, x.map((v) => 2 * v)], [1, 2, 3, 5])).toThrow(/E_SINGULAR/);
    expect(() => linearLeastSquares([x, [1, 4, 9, 16], [1, 8, 27, 64]], [1, 2, 3, 5])).toThrow(
      /E_INSUFFICIENT_DATA/,
    );
    expect(() => linearLeastSquares([[1, Number.NaN, 3, 4]], [1, 2, 3, 5])).toThrow(
      /E_NON_FINITE_DATA.*columns\[0\]\[1\]/,
    );
    expect(() => polynomialRegression(x, [1, 2, 3, 4], 0)).toThrow(/E_DOMAIN/);
  });
});
