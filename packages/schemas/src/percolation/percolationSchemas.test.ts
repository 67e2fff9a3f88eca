import { describe, expect, it } from "vitest";
import { jsonSchemas } from "../jsonSchemas.js";
import { VEGA_LITE_SCHEMA_URL } from "../plots/vegaLiteSpecSchema.js";
import { ContinuumPercolationResultSchema } from "./continuumPercolationResultSchema.js";
import { PERCOLATION_JSON_SCHEMAS } from "./index.js";
import { LatticeSimulationResultSchema } from "./latticeSimulationResultSchema.js";
import { MetalWindowResultSchema } from "./metalWindowResultSchema.js";
import { ThresholdEstimateResultSchema } from "./thresholdEstimateResultSchema.js";

// The converters of @lmb/percolation and the CLI tests check real results against these
// schemas; here: the minimal shapes and what is refused.
const plot = { $schema: VEGA_LITE_SCHEMA_URL };
const literature = { value: 0.59274605079, source: "Jacobsen, J. Phys. A 48 (2015) 454003" };

const simulation = {
  analysis: "lattice-simulation",
  lattice: "square",
  latticeTitle: "square (z = 4)",
  dimension: 2,
  mode: "site",
  size: 64,
  thickness: 64,
  axis: "y",
  boundaries: "periodic along x, open along y",
  elements: 4096,
  runs: 100,
  seed: 1,
  spanningFraction: { value: 0.589, standardError: 0.002 },
  spanningFractionStatistics: {
    standardDeviation: 0.02,
    minimum: 0.53,
    median: 0.59,
    maximum: 0.64,
  },
  literature: { ...literature, zScore: -1.9 },
  spanning: [{ p: 0.59, probability: 0.5, standardError: 0.03 }],
  warnings: [],
  plot,
};

describe("percolation result schemas", () => {
  it("accept a lattice simulation and refuse probabilities outside [0, 1] and unknown lattices", () => {
    expect(LatticeSimulationResultSchema.parse(simulation).spanningFraction.value).toBe(0.589);
    expect(() =>
      LatticeSimulationResultSchema.parse({
        ...simulation,
        spanning: [{ p: 1.2, probability: 0.5, standardError: 0 }],
      }),
    ).toThrow();
    expect(() =>
      LatticeSimulationResultSchema.parse({ ...simulation, lattice: "kagome" }),
    ).toThrow();
    expect(() => LatticeSimulationResultSchema.parse({ ...simulation, runs: 1 })).toThrow();
  });

  it("need at least three sizes for a threshold, and a particle aspect > 0", () => {
    const size = (L: number) => ({
      size: L,
      runs: 100,
      spanningFraction: { value: 0.59, standardError: 0.002 },
    });
    const threshold = {
      analysis: "threshold-estimate",
      lattice: "square",
      latticeTitle: "square (z = 4)",
      dimension: 2,
      mode: "site",
      method: "mean first-spanning fraction",
      relation: "p̄(L) = p_c + a·L^(−1/ν)",
      threshold: { value: 0.5909, standardError: 0.0022, interval: { lower: 0.586, upper: 0.595 } },
      nu: 4 / 3,
      amplitude: { value: -0.1, standardError: 0.05 },
      chiSquare: 0.4,
      degreesOfFreedom: 1,
      seed: 1,
      sizes: [size(16), size(32), size(64)],
      literature,
      warnings: [],
      plot,
    };
    expect(ThresholdEstimateResultSchema.parse(threshold).sizes).toHaveLength(3);
    expect(() =>
      ThresholdEstimateResultSchema.parse({ ...threshold, sizes: [size(16), size(32)] }),
    ).toThrow();
    const window = {
      analysis: "metal-window",
      particles: { shape: "sphere", aspect: 1, penetrable: true },
      thickness: 5,
      lateral: 20,
      confidence: 0.95,
      runs: 100,
      seed: 1,
      maximumFraction: { value: 0.164, interval: { lower: 0.143, upper: 0.171 } },
      crossing: { mean: 0.2, median: 0.2 },
      note: "for a 20 × 20 patch",
      warnings: [],
      plot,
    };
    expect(MetalWindowResultSchema.parse(window).maximumFraction.value).toBe(0.164);
    expect(() =>
      MetalWindowResultSchema.parse({
        ...window,
        particles: { shape: "spheroid", aspect: 0, penetrable: true },
      }),
    ).toThrow();
    expect(() =>
      ContinuumPercolationResultSchema.parse({ analysis: "continuum-percolation" }),
    ).toThrow();
  });

  it("are all listed as JSON Schema files", () => {
    const schemas = jsonSchemas();
    for (const name of Object.keys(PERCOLATION_JSON_SCHEMAS)) {
      expect(schemas[name]).toMatchObject({ title: name, type: "object" });
    }
    expect(Object.keys(PERCOLATION_JSON_SCHEMAS)).toHaveLength(6);
  });
});
