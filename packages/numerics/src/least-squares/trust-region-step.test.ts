import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTrustRegionWork, trustRegionStep } from "./trust-region-step.js";

function normalEquations(j: number[][]): { a: Float64Array; m: number } {
  const m = (j[0] as number[]).length;
  const a = new Float64Array(m * m);
  for (const row of j) {
    for (let p = 0; p < m; p++) {
      for (let q = 0; q < m; q++)
        a[p * m + q] = (a[p * m + q] as number) + (row[p] as number) * (row[q] as number);
    }
  }
  return { a, m };
}

// Matrix entries: moderate doubles, or exactly 0 (rank-deficient Jacobians).
const entry = fc.double({ min: -3, max: 3, noNaN: true }).map((v) => (Math.abs(v) < 1e-3 ? 0 : v));

describe("trustRegionStep", () => {
  it("takes the Gauss–Newton step when it fits in the region (μ = 0)", () => {
    const { a, m } = normalEquations([
      [1, 0],
      [0, 2],
      [1, 1],
    ]);
    const g = Float64Array.of(1, -2);
    const step = new Float64Array(2);
    const mu = trustRegionStep(
      createTrustRegionWork(m),
      a,
      g,
      Float64Array.of(1, 1),
      new Uint8Array(2),
      100,
      0,
      step,
    );
    expect(mu).toBe(0);
    // A·δ = −g
    expect([
      (a[0] as number) * (step[0] as number) + (a[1] as number) * (step[1] as number),
      (a[2] as number) * (step[0] as number) + (a[3] as number) * (step[1] as number),
    ]).toBeAllClose([-1, 2], { rtol: 1e-12 });
  });

  it("lands within 10 % of the radius when damped, and holds active parameters (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(entry, { minLength: 3, maxLength: 3 }), {
          minLength: 4,
          maxLength: 6,
        }),
        fc.array(entry, { minLength: 6, maxLength: 6 }),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        (rows, r, delta) => {
          const { a, m } = normalEquations(rows);
          // g = Jᵀr, as in the solver.
          const g = Float64Array.from({ length: m }, (_, j) =>
            rows.reduce((s, row, i) => s + (row[j] as number) * (r[i] as number), 0),
          );
          const d = Float64Array.from({ length: m }, (_, i) =>
            Math.max(1e-3, Math.sqrt(a[i * m + i] as number)),
          );
          const active = Uint8Array.of(0, 0, 1);
          const step = new Float64Array(m);
          const mu = trustRegionStep(createTrustRegionWork(m), a, g, d, active, delta, 0, step);
          if (step[2] !== 0) return false;
          let norm = 0;
          for (let i = 0; i < m; i++) norm += ((d[i] as number) * (step[i] as number)) ** 2;
          norm = Math.sqrt(norm);
          const gFree = Math.hypot(g[0] as number, g[1] as number);
          if (gFree === 0) return norm === 0;
          // Either inside (Gauss–Newton, μ = 0) or on the boundary within 10 %.
          return mu === 0 ? norm <= 1.1 * delta : Math.abs(norm - delta) <= 0.1 * delta + 1e-12;
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });
});
