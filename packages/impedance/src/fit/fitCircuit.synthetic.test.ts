// Recovery of known parameters from synthetic spectra of every element: 1 % relative Gaussian
// noise (seeded), modulus weighting (matching the noise), estimated starts with multi-start.
import { describe, expect, it } from "vitest";
import { logFrequencies, syntheticSpectrum } from "../testing/spectra.fixture.js";
import { fitCircuit } from "./fitCircuit.js";

const FREQUENCY = logFrequencies(1e5, 1e-2, 10);

const CASES: [string, string, number[]][] = [
  ["R, C", "R0-p(R1,C1)", [10, 100, 1e-5]],
  ["L, CPE", "L0-R0-p(R1,CPE1)", [1e-6, 10, 100, 1e-5, 0.85]],
  ["W (Randles)", "R0-p(R1-W1,C1)", [10, 100, 50, 1e-5]],
  ["Wo", "R0-p(R1,C1)-Wo1", [10, 100, 1e-5, 200, 1]],
  ["Ws", "R0-p(R1,CPE1)-Ws1", [10, 100, 1e-5, 0.9, 200, 1]],
  ["G", "R0-p(R1,C1)-G1", [10, 100, 1e-5, 200, 0.1]],
  ["Gs", "R0-Gs1", [10, 200, 0.1, 2]],
  ["La", "La0-R0-p(R1,C1)", [1e-5, 0.8, 10, 100, 1e-5]],
  ["K", "R0-K1-K2", [10, 100, 1e-4, 50, 0.1]],
  ["Zarc", "R0-Zarc1", [10, 100, 1e-3, 0.8]],
];

describe("fitCircuit recovers synthetic spectra of every element (1 % noise, seeded)", () => {
  it.each(CASES)("%s: %s", (_, circuit, truth) => {
    const data = syntheticSpectrum(circuit, truth, FREQUENCY, 0.01, 2024);
    const fit = fitCircuit(circuit, data, { weighting: "modulus", confidenceLevel: 0.99 });
    expect(fit.convergence.converged).toBe(true);
    // χ²/dof ≈ σ² = 1e-4 for relative noise of 1 % under modulus weighting.
    expect(fit.statistics.reducedChiSquare).toBeGreaterThan(0.5e-4);
    expect(fit.statistics.reducedChiSquare).toBeLessThan(2e-4);
    fit.parameters.forEach((p, k) => {
      const t = truth[k] as number;
      expect(p.interval, p.name).toBeDefined();
      expect(t, `${p.name} = ${p.value} ± ${p.standardError}`).toBeGreaterThanOrEqual(
        p.interval?.lower as number,
      );
      expect(t, `${p.name} = ${p.value} ± ${p.standardError}`).toBeLessThanOrEqual(
        p.interval?.upper as number,
      );
    });
  });
});
