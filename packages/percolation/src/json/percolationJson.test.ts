import {
  ContinuumPercolationResultSchema,
  LatticeSimulationResultSchema,
  MetalWindowResultSchema,
  NetworkConductivityResultSchema,
  PercolationFitResultSchema,
  ThresholdEstimateResultSchema,
} from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { fitBruggeman } from "../analysis/fitBruggeman.js";
import { largestClusterCurve } from "../analysis/largestCluster.js";
import { metalIncorporationWindow } from "../continuum/metalWindow.js";
import { penetrableSlabSpanning, SPHERE } from "../continuum/sphereSlab.js";
import { filmConnectedFraction } from "../lattice/filmConnectivity.js";
import { simulateLattice } from "../lattice/simulateLattice.js";
import { estimateThreshold, fitThreshold } from "../lattice/thresholdScaling.js";
import { percolationPowerLaw } from "../models/conductivityModels.js";
import { fitPercolationConductivity } from "../models/fitConductivity.js";
import { conductivityCurve } from "../network/resistorNetwork.js";
import { continuumPercolationJson, crossingProbability } from "./continuumPercolationJson.js";
import { latticeSimulationJson } from "./latticeSimulationJson.js";
import { metalWindowJson } from "./metalWindowJson.js";
import { networkConductivityJson } from "./networkConductivityJson.js";
import { percolationFitJson } from "./percolationFitJson.js";
import { thresholdEstimateJson } from "./thresholdEstimateJson.js";

describe("latticeSimulationJson", () => {
  it("gives a monotone R(p) in [0, 1] and the square-lattice reference", () => {
    const sim = simulateLattice({ lattice: "square", size: 32, runs: 100, seed: 3 });
    const json = LatticeSimulationResultSchema.parse(latticeSimulationJson(sim, { threads: 1 }));
    expect(json.axis).toBe("y");
    expect(json.literature.value).toBe(0.59274605079);
    const r = json.spanning.map((s) => s.probability);
    for (let i = 1; i < r.length; i++)
      expect(r[i]).toBeGreaterThanOrEqual((r[i - 1] as number) - 1e-12);
    expect(json.spanningFraction.value).toBeCloseTo(sim.threshold.value, 15);
    // p̄(32) of the square lattice lies within ±0.02 of p_c (shift ∝ L^(−3/4))
    expect(Math.abs(json.spanningFraction.value - 0.5927)).toBeLessThan(0.02);
    const s = json.spanningFractionStatistics;
    expect(s.minimum).toBeLessThanOrEqual(s.median);
    expect(s.median).toBeLessThanOrEqual(s.maximum);
  });

  it("adds the largest cluster P_max(p): small below p_c, → p far above (almost every site joined)", () => {
    const sim = simulateLattice({ lattice: "sc", size: 12, runs: 10, seed: 2 });
    const largest = largestClusterCurve({
      lattice: "sc",
      size: 12,
      runs: 10,
      seed: 2,
      p: [0.1, 0.3116, 0.8],
    });
    const json = LatticeSimulationResultSchema.parse(
      latticeSimulationJson(sim, { largestCluster: largest }),
    );
    const [low, mid, high] = (json.largestCluster?.points ?? []).map((q) => q.fraction);
    expect(low).toBeLessThan(0.02); // ~20 of 1 728 sites at p = 0.1
    expect(mid).toBeGreaterThan(low as number);
    // at p = 0.8 the spanning cluster holds nearly all occupied sites: P_max within 1 % of 0.8
    expect(high).toBeGreaterThan(0.79);
    expect(high).toBeLessThanOrEqual(0.8 + 0.01);
  });
});

describe("thresholdEstimateJson", () => {
  it("converts estimateThreshold (fitThreshold of separately run sizes); square p_c within 3 SE of 0.592746", () => {
    const options = { lattice: "square" as const, sizes: [16, 32, 64], runs: 200, seed: 1 };
    const reference = estimateThreshold(options);
    const sims = options.sizes.map((size, i) =>
      simulateLattice({ lattice: "square", size, runs: 200, seed: 1 + 7919 * i }),
    );
    const fit = fitThreshold(options, sims);
    expect(fit.threshold.value).toBeCloseTo(reference.threshold.value, 12);
    const json = ThresholdEstimateResultSchema.parse(thresholdEstimateJson(fit, 1));
    expect(Math.abs(json.literature.zScore ?? 99)).toBeLessThan(3);
    expect(json.threshold.standardError).toBeLessThan(0.01);
    expect(json.sizes.map((s) => s.size)).toEqual([16, 32, 64]);
    for (const s of json.sizes) expect(Math.abs((s.halfCrossing ?? 0) - 0.5927)).toBeLessThan(0.03);
    expect(json.degreesOfFreedom).toBe(1);
  });
});

describe("continuumPercolationJson", () => {
  it("turns slab runs into a crossing curve through ½ near the mean crossing fraction", () => {
    const r = penetrableSlabSpanning({ lateral: 10, thickness: 5, runs: 40, seed: 2 }, SPHERE);
    const wired = filmConnectedFraction({ thickness: 5, lateral: 16, runs: 4, p: [0.1, 0.2, 0.3] });
    const json = ContinuumPercolationResultSchema.parse(
      continuumPercolationJson(r, {
        particles: { shape: "sphere", aspect: 1, penetrable: true },
        thickness: 5,
        lateral: 10,
        runs: 40,
        seed: 2,
        particleVolume: SPHERE.volume,
        wired,
      }),
    );
    expect(json.bulkThreshold?.value).toBe(0.289573);
    const probs = json.crossing.map((c) => c.probability);
    expect(probs[0]).toBe(0);
    for (let i = 1; i < probs.length; i++)
      expect(probs[i]).toBeGreaterThanOrEqual(probs[i - 1] as number);
    const mean = json.crossingFraction.value;
    const atMean = crossingProbability(r.particles, 500, SPHERE.volume, mean).probability;
    expect(atMean).toBeGreaterThan(0.3);
    expect(atMean).toBeLessThan(0.7);
    expect(json.wiredFraction?.points).toHaveLength(3);
    // research notes §2.7a: p_c,∥(5) ≈ 0.38
    expect(json.inPlaneThreshold?.value).toBeCloseTo(0.3116 + 0.506 * 5.68 ** -1.141, 12);
  });
});

describe("networkConductivityJson", () => {
  it("fits an exponent above p_c and plots log σ", () => {
    const p = [0.2, 0.45, 0.55, 0.65, 0.8];
    const points = conductivityCurve({ lattice: "sc", size: 8, p, runs: 2, seed: 1 });
    const json = NetworkConductivityResultSchema.parse(
      networkConductivityJson(points, {
        lattice: "sc",
        size: 8,
        thickness: 8,
        runs: 2,
        seed: 1,
        ratio: 1e-6,
      }),
    );
    expect(json.exponentWindow?.pointCount).toBe(4);
    expect(json.exponent?.value).toBeGreaterThan(0.8);
    expect(json.exponent?.value).toBeLessThan(3);
    expect(json.expectedExponent.value).toBe(2);
  });
});

describe("percolationFitJson", () => {
  it("recovers V_p = 0.25, n = 2 from synthetic power-law data, and reports Bruggeman's fixed values", () => {
    const phi = Array.from({ length: 30 }, (_, i) => 0.05 + 0.025 * i);
    const sigma = phi.map((f) =>
      percolationPowerLaw(f, { threshold: 0.25, exponent: 2, prefactor: 1e7, insulator: 1e-8 }),
    );
    const fit = fitPercolationConductivity(phi, sigma, { model: "power-law" });
    const json = PercolationFitResultSchema.parse(
      percolationFitJson(fit, { fraction: phi, conductivity: sigma }),
    );
    expect(json.threshold.value).toBeCloseTo(0.25, 4);
    expect(json.exponent.value).toBeCloseTo(2, 3);
    expect(json.prefactor.unit).toBe("S cm⁻¹");
    expect(json.prefactor.si).toBeCloseTo(1e7, -3);
    expect(json.prefactor.value).toBeCloseTo(1e5, -1);
    const b = PercolationFitResultSchema.parse(
      percolationFitJson(fitBruggeman(phi, sigma), { fraction: phi, conductivity: sigma }),
    );
    expect(b.threshold.value).toBeCloseTo(1 / 3, 12);
    expect(b.fixed).toEqual(["threshold", "exponent"]);
    expect(b.rmsDecades).toBeGreaterThan(json.rmsDecades);
  });
});

describe("metalWindowJson", () => {
  it("carries the window and its interval", () => {
    const w = metalIncorporationWindow({ thickness: 2, lateral: 8, runs: 40 });
    const json = MetalWindowResultSchema.parse(
      metalWindowJson(w, { shape: "sphere", aspect: 1, penetrable: true }, 1),
    );
    expect(json.maximumFraction.value).toBe(w.maximumFraction.value);
    expect(json.maximumFraction.interval?.lower).toBeLessThanOrEqual(json.maximumFraction.value);
  });
});
