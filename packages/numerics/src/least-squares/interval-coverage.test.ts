// Property: a model simulated with known parameters and seeded normal noise is covered by its
// reported 95 % intervals in about 95 % of trials. With 200 trials per parameter the observed
// rate lies in [0.90, 0.99] with probability > 0.999 when the intervals are right.
import { describe, expect, it } from "vitest";
import { fitCurve } from "./fit-curve.js";
import { seededNormal } from "./testing/seeded-noise.fixture.js";

const t = Float64Array.from({ length: 25 }, (_, i) => 0.2 * i);
const truth = { a: 2, k: 0.8, c: 0.3 };
const sigma = 0.05;

function model(p: Float64Array, x: Float64Array, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) {
    out[i] = (p[0] as number) * Math.exp(-(p[1] as number) * (x[i] as number)) + (p[2] as number);
  }
}

describe("95 % intervals cover the truth at the nominal rate", () => {
  it("a·exp(−k·t) + c, 25 points, σ = 0.05, 200 seeded trials", () => {
    const trials = 200;
    const covered = { a: 0, k: 0, c: 0 };
    const clean = new Float64Array(t.length);
    model(Float64Array.of(truth.a, truth.k, truth.c), t, clean);
    for (let seed = 1; seed <= trials; seed++) {
      const normal = seededNormal(seed);
      const y = clean.map((v) => v + sigma * normal());
      const fit = fitCurve({
        x: t,
        y,
        model,
        parameters: [
          { name: "a", initial: 1 },
          { name: "k", initial: 0.3, min: 0 },
          { name: "c", initial: 0 },
        ],
      });
      expect(fit.converged).toBe(true);
      for (const p of fit.parameters) {
        const value = truth[p.name as keyof typeof truth];
        if (p.interval && p.interval.lower <= value && value <= p.interval.upper) {
          covered[p.name as keyof typeof truth]++;
        }
      }
    }
    for (const name of ["a", "k", "c"] as const) {
      expect(covered[name] / trials).toBeGreaterThanOrEqual(0.9);
      expect(covered[name] / trials).toBeLessThanOrEqual(0.99);
    }
  });
});
