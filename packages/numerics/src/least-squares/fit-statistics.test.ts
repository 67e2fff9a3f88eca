import { describe, expect, it } from "vitest";
import { fitStatistics } from "./fit-statistics.js";
import { layoutParameters } from "./parameters.js";

describe("fitStatistics", () => {
  const layout = layoutParameters([
    { name: "a", initial: 1 },
    { name: "k", initial: 1 },
  ]);
  const x = Float64Array.of(2, 0.5);

  it("gives standard errors √diag((JᵀJ)⁻¹) from a well-conditioned Jacobian", () => {
    // Columns (1, 1, 1) and (0, 1, 2): JᵀJ = [[3, 3], [3, 5]], (JᵀJ)⁻¹ = [[5, −3], [−3, 3]]/6.
    const jac = Float64Array.of(1, 0, 1, 1, 1, 2);
    const stats = fitStatistics({
      layout,
      x,
      jac,
      residualCount: 3,
      chiSquare: 1,
      confidenceLevel: 0.95,
      scaleCovariance: false,
    });
    expect(stats.identifiability).toBe("ok");
    expect(stats.standardErrors.a).toBeCloseTo(Math.sqrt(5 / 6), 12);
    expect(stats.standardErrors.k).toBeCloseTo(Math.sqrt(3 / 6), 12);
  });

  it("warns instead of throwing when a Jacobian column is not finite", () => {
    const jac = Float64Array.of(1, Number.POSITIVE_INFINITY, 1, 1, 1, Number.NaN);
    const stats = fitStatistics({
      layout,
      x,
      jac,
      residualCount: 3,
      chiSquare: 1,
      confidenceLevel: 0.95,
      scaleCovariance: true,
    });
    expect(stats.identifiability).toBe("singular");
    expect(stats.warnings.map((w) => w.code)).toContain("W_JACOBIAN_NON_FINITE");
    expect(stats.warnings[0]?.message).toContain('"k"');
    expect(stats.covariance).toBeUndefined();
    expect(stats.standardErrors).toEqual({});
    expect(stats.values).toEqual({ a: 2, k: 0.5 });
  });
});
