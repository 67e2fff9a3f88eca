import { describe, expect, it } from "vitest";
import { circuitImpedance } from "../circuit/circuitImpedance.js";
import { compileCircuit } from "../circuit/compileCircuit.js";
import { exampleData, logFrequencies, syntheticSpectrum } from "../testing/spectra.fixture.js";
import { estimateInitialGuess } from "./estimateInitialGuess.js";
import { checkImpedanceData } from "./impedanceData.js";
import { spectrumFeatures } from "./spectrumFeatures.js";

const FREQUENCY = logFrequencies(1e5, 1e-2, 10);

describe("spectrumFeatures", () => {
  it("reads R∞, R_low and the apex of an R‖C arc (ω_apex = 1/RC, height R/2)", () => {
    const { zReal, zImag } = circuitImpedance("R0-p(R1,C1)", FREQUENCY, [10, 100, 1e-5]);
    const f = spectrumFeatures(checkImpedanceData({ frequency: FREQUENCY, zReal, zImag }));
    expect(f.rInf).toBeAllClose(10, { rtol: 0.01 });
    expect(f.rLow).toBeAllClose(110, { rtol: 1e-3 });
    expect(f.peaks).toHaveLength(1);
    expect(f.peaks[0]?.omega).toBeAllClose(1000, { rtol: 0.3 }); // 10 points per decade
    expect(f.peaks[0]?.height).toBeAllClose(50, { rtol: 0.05 });
    expect(f.inductance).toBe(0);
  });

  it("takes the inductance and intercept from the inductive high-frequency end only", () => {
    const { zReal, zImag } = circuitImpedance("L0-R0-p(R1,C1)", FREQUENCY, [1e-5, 10, 100, 1e-5]);
    const f = spectrumFeatures(checkImpedanceData({ frequency: FREQUENCY, zReal, zImag }));
    expect(f.inductance).toBeAllClose(1e-5, { rtol: 0.05 });
    expect(f.rInf).toBeAllClose(10, { rtol: 0.05 });
  });

  it("ignores noise crossings near the real axis at low frequency", () => {
    const noisy = syntheticSpectrum("R0-p(R1,C1)", [10, 100, 1e-5], FREQUENCY, 0.01, 2024);
    const f = spectrumFeatures(checkImpedanceData(noisy));
    expect(f.peaks).toHaveLength(1);
    expect(f.rInf).toBeAllClose(10, { rtol: 0.1 });
  });
});

describe("estimateInitialGuess", () => {
  it("places two arcs at their apexes, high frequency first", () => {
    const circuit = compileCircuit("R0-p(R1,C1)-p(R2,C2)");
    const truth = [10, 100, 1e-6, 200, 1e-3];
    const { zReal, zImag } = circuitImpedance(circuit, FREQUENCY, truth);
    const guess = estimateInitialGuess(
      circuit,
      checkImpedanceData({ frequency: FREQUENCY, zReal, zImag }),
    );
    // Within a factor 2 of the truth is a good start.
    guess.forEach((g, k) => {
      expect(g / (truth[k] as number)).toBeGreaterThan(0.5);
      expect(g / (truth[k] as number)).toBeLessThan(2);
    });
  });

  it("gives finite positive values for every element type, exponents in (0, 1]", () => {
    const circuit = compileCircuit("L0-La1-R0-p(R1,CPE1)-p(R2-W1,C2)-Wo1-Ws1-G1-Gs1-K1-Zarc1");
    const guess = estimateInitialGuess(circuit, checkImpedanceData(exampleData()));
    circuit.parameters.forEach((p, k) => {
      const v = guess[k] as number;
      expect(Number.isFinite(v) && v > 0, p.name).toBe(true);
      if (p.max === 1) expect(v).toBeLessThanOrEqual(1);
    });
  });
});
