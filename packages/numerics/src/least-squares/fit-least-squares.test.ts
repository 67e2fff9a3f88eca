import { describe, expect, it } from "vitest";
import { fitLeastSquares } from "./fit-least-squares.js";

// Rosenbrock as least squares: r = (10(y − x²), 1 − x); minimum (1, 1), χ² = 0 (Moré, Garbow &
// Hillstrom 1981, problem 1, start (−1.2, 1)).
const rosenbrock = {
  residualCount: 2,
  residuals: (p: Float64Array, out: Float64Array) => {
    out[0] = 10 * ((p[1] as number) - (p[0] as number) ** 2);
    out[1] = 1 - (p[0] as number);
  },
  jacobian: (p: Float64Array, out: Float64Array) => {
    out[0] = -20 * (p[0] as number);
    out[1] = 10;
    out[2] = -1;
    out[3] = 0;
  },
};

describe("fitLeastSquares", () => {
  it("solves Rosenbrock from (−1.2, 1) to (1, 1) with χ² = 0", () => {
    const fit = fitLeastSquares({
      ...rosenbrock,
      parameters: [
        { name: "x", initial: -1.2 },
        { name: "y", initial: 1 },
      ],
    });
    expect(fit.converged).toBe(true);
    expect([fit.values.x, fit.values.y] as number[]).toBeAllClose([1, 1], { rtol: 1e-10 });
    expect(fit.chiSquare).toBeLessThan(1e-20);
    expect(fit.jacobianEvaluations).toBeGreaterThan(0);
    expect(fit.iterations).toBeGreaterThan(0);
    expect(fit.functionEvaluations).toBeGreaterThan(fit.iterations);
    expect(fit.aic).toBeLessThan(-100);
  });

  it("picks the free columns out of a full Jacobian when a parameter is fixed", () => {
    // Fix x = 0.5: then y = 0.25 minimises, r = (0, 0.5).
    const fit = fitLeastSquares({
      ...rosenbrock,
      parameters: [
        { name: "x", initial: 0.5, fixed: true },
        { name: "y", initial: 3 },
      ],
    });
    expect(fit.values.x).toBe(0.5);
    expect(fit.values.y as number).toBeAllClose(0.25, { rtol: 1e-12 });
    expect(fit.chiSquare).toBeAllClose(0.25, { rtol: 1e-12 });
    expect(fit.weightedResiduals).toBeAllClose([0, 0.5], { atol: 1e-12 });
  });

  it("honours a lower bound on the path to the minimum (x ≥ 1.5 → x = 1.5, y = 2.25)", () => {
    const fit = fitLeastSquares({
      ...rosenbrock,
      parameters: [
        { name: "x", initial: 2, min: 1.5 },
        { name: "y", initial: 1 },
      ],
    });
    expect(fit.values.x).toBe(1.5);
    expect(fit.values.y as number).toBeAllClose(2.25, { rtol: 1e-10 });
    expect(fit.parameters[0]?.atBound).toBe("min");
  });

  it("fails with E_MODEL_NON_FINITE when the analytic Jacobian is NaN", () => {
    expect(() =>
      fitLeastSquares({
        ...rosenbrock,
        jacobian: (_p, out) => out.fill(Number.NaN),
        parameters: [
          { name: "x", initial: 0 },
          { name: "y", initial: 0 },
        ],
      }),
    ).toThrow(/E_MODEL_NON_FINITE/);
  });
});
