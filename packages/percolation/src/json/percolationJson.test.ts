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
import { spheroidShape } from "../continuum/spheroidShape.js";
import { filmConnectedFraction } from "../lattice/filmConnectivity.js";
import { simulateLattice } from "../lattice/simulateLattice.js";
import { estimateThreshold, fitThreshold } from "../lattice/thresholdScaling.js";
import { percolationPowerLaw } from "../models/conductivityModels.js";
import { fitPercolationConductivity } from "../models/fitConductivity.js";
import { conductivityCurve } from "../network/resistorNetwork.js";
import {
  continuumPercolationJson,
  crossingProbability,
  spheroidLiteratureWarning,
} from "./continuumPercolationJson.js";
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

describe("thresholdEstimateJson in 3D", () => {
  it("warns that a 3-size one-term fit lacks the correction term, and not with 4 sizes", () => {
    // README "Thresholds": without b·L^(−1/ν−1) 3D site fits land 12–17 SE low (Xu et al. 2014: 0.31160768)
    const sims = [8, 12, 16, 24].map((size, i) =>
      simulateLattice({ lattice: "sc", size, runs: 40, seed: 1 + 7919 * i }),
    );
    const three = thresholdEstimateJson(fitThreshold({ lattice: "sc" }, sims.slice(0, 3)), 1);
    expect(three.warnings.map((w) => w.code)).toContain("W_NO_CORRECTION_TERM");
    const four = thresholdEstimateJson(fitThreshold({ lattice: "sc" }, sims), 1);
    expect(four.warnings.map((w) => w.code)).not.toContain("W_NO_CORRECTION_TERM");
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

describe("spheroid thresholds against the literature (W_SPHEROID_LITERATURE)", () => {
  const needles = spheroidShape(5);
  const slab = penetrableSlabSpanning({ lateral: 6, thickness: 3, runs: 4, seed: 1 }, needles);
  const json = (aspect: number) =>
    ContinuumPercolationResultSchema.parse(
      continuumPercolationJson(slab, {
        particles: { shape: "spheroid", aspect, penetrable: true },
        thickness: 3,
        lateral: 6,
        runs: 4,
        seed: 1,
        particleVolume: needles.volume,
      }),
    );

  it("reports Garboczi et al. 1995's value (Table 1: a/b = 5 → 0.1627) next to lmb's bulk value (README: 0.1345 ± 0.0006)", () => {
    const result = json(5);
    // Garboczi, Snyder, Douglas, Thorpe, PRE 52 (1995) 819, Table 1, quoted at ±2 %
    expect(result.bulkThreshold?.value).toBe(0.1627);
    expect(result.bulkThreshold?.uncertainty).toBeCloseTo(0.02 * 0.1627, 12);
    expect(result.bulkThreshold?.source).toMatch(/^Garboczi/);
    const w = result.warnings.find((x) => x.code === "W_SPHEROID_LITERATURE");
    expect(w?.message).toContain("validated on spheres (Lorenz & Ziff 2001)");
    expect(w?.message).toContain("thin-disc limit");
    expect(w?.message).toContain("systematically higher");
    expect(w?.message).toContain("Garboczi et al. give bulk φ_c = 0.1627");
    // (0.1345 − 0.1627) / 0.1627 = −17.3 %
    expect(w?.message).toContain("lmb's simulateBulkThreshold 0.1345 ± 0.0006 (-17 %)");
    expect(w?.message).toContain("the bulk φ_c reported here is Garboczi's, for comparison");
    expect(result.warnings.some((x) => x.code === "W_UNVALIDATED_SPHEROIDS")).toBe(false);
  });

  it("plates a/b = 1/10: Garboczi 0.1058 vs lmb 0.0858 ± 0.0007 (−19 %)", () => {
    expect(spheroidLiteratureWarning(0.1)?.message).toContain(
      "aspect 0.1 Garboczi et al. give bulk φ_c = 0.1058, lmb's simulateBulkThreshold 0.0858 ± 0.0007 (-19 %)",
    );
  });

  it("says so when Garboczi et al. tabulate nothing at the aspect ratio, and gives no bulk value", () => {
    const result = json(7);
    expect(result.bulkThreshold).toBeUndefined();
    const w = result.warnings.find((x) => x.code === "W_SPHEROID_LITERATURE");
    expect(w?.message).toContain("Garboczi et al. tabulate no value at aspect 7");
    expect(w?.message).not.toContain("for comparison");
  });

  it("gives no such warning for spheres or aspect 1 (Lorenz & Ziff 2001: 0.289573)", () => {
    expect(spheroidLiteratureWarning(1)).toBeUndefined();
    const result = json(1);
    expect(result.bulkThreshold?.value).toBe(0.289573);
    expect(result.warnings.some((x) => x.code === "W_SPHEROID_LITERATURE")).toBe(false);
  });

  it("goes with a spheroid metal window too, with what Garboczi's values would mean for it", () => {
    const w = metalIncorporationWindow({
      shape: { spheroid: 5 },
      thickness: 2,
      lateral: 6,
      runs: 20,
    });
    const result = MetalWindowResultSchema.parse(
      metalWindowJson(w, { shape: "spheroid", aspect: 5, penetrable: true }, 1),
    );
    const warning = result.warnings.find((x) => x.code === "W_SPHEROID_LITERATURE");
    expect(warning?.message).toContain("Garboczi et al. give bulk φ_c = 0.1627");
    expect(warning?.message).toContain("with Garboczi's thresholds this window would be wider");
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
