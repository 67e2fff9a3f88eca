import { isLmbError, type LmbError } from "@lmb/errors";
import { CircuitFitResultSchema, type ImpedanceSpectrum } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { circuitImpedance } from "../circuit/circuitImpedance.js";
import { logFrequencies, syntheticSpectrum } from "../testing/spectra.fixture.js";
import { fitCircuit } from "./fitCircuit.js";

const FREQUENCY = logFrequencies(1e5, 1e-2, 8);
const RC = "R0-p(R1,C1)";
const RC_TRUE = [10, 100, 1e-5];
const rcData = syntheticSpectrum(RC, RC_TRUE, FREQUENCY, 0.005, 7);

function failure(run: () => unknown): LmbError {
  try {
    run();
  } catch (error) {
    if (isLmbError(error)) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("fitCircuit options", () => {
  it("accepts an ImpedanceSpectrum dataset as well as plain columns", () => {
    const spectrum: ImpedanceSpectrum = {
      kind: "impedance",
      columns: {
        frequency: Float64Array.from(rcData.frequency),
        zReal: Float64Array.from(rcData.zReal),
        zImag: Float64Array.from(rcData.zImag),
      },
      metadata: {} as ImpedanceSpectrum["metadata"],
    };
    const a = fitCircuit(RC, spectrum, { initialGuess: [5, 50, 1e-6], plots: false });
    const b = fitCircuit(RC, rcData, { initialGuess: [5, 50, 1e-6], plots: false });
    expect(a.parameters.map((p) => p.value)).toEqual(b.parameters.map((p) => p.value));
  });

  it("noise-free data are recovered to 1e-8 from a start a decade off", () => {
    const { zReal, zImag } = circuitImpedance(RC, FREQUENCY, RC_TRUE);
    const fit = fitCircuit(
      RC,
      { frequency: FREQUENCY, zReal, zImag },
      { initialGuess: [1, 10, 1e-4] },
    );
    expect(fit.parameters.map((p) => p.value)).toBeAllClose(RC_TRUE, { rtol: 1e-8 });
  });

  it("weighting: unit minimises the RSS, modulus χ² = Σ(ΔZ/|Z|)², proportional and custom σ", () => {
    const unit = fitCircuit(RC, rcData, { initialGuess: RC_TRUE, plots: false });
    const modulus = fitCircuit(RC, rcData, {
      initialGuess: RC_TRUE,
      weighting: "modulus",
      plots: false,
    });
    const proportional = fitCircuit(RC, rcData, {
      initialGuess: RC_TRUE,
      weighting: "proportional",
      plots: false,
    });
    const sigma = Array.from(rcData.frequency, () => 0.5);
    const custom = fitCircuit(RC, rcData, { initialGuess: RC_TRUE, sigma, plots: false });
    expect(unit.weighting).toBe("unit");
    expect(modulus.weighting).toBe("modulus");
    expect(proportional.weighting).toBe("proportional");
    expect(custom.weighting).toBe("custom");
    expect(unit.statistics.residualSumOfSquares).toBeLessThanOrEqual(
      modulus.statistics.residualSumOfSquares,
    );
    // modulus χ² recomputed from the residual percentages
    let chi2 = 0;
    modulus.residualRealPercent.forEach((r, i) => {
      chi2 += (r / 100) ** 2 + ((modulus.residualImagPercent[i] as number) / 100) ** 2;
    });
    expect(modulus.statistics.chiSquare).toBeAllClose(chi2, { rtol: 1e-10 });
    // a constant σ scales χ² by 1/σ² and leaves the parameters as the unit fit
    expect(custom.statistics.chiSquare).toBeAllClose(unit.statistics.chiSquare / 0.25, {
      rtol: 1e-6,
    });
    expect(custom.parameters.map((p) => p.value)).toBeAllClose(
      unit.parameters.map((p) => p.value),
      { rtol: 1e-6 },
    );
    for (const fit of [modulus, proportional]) {
      expect(fit.parameters.map((p) => p.value)).toBeAllClose(RC_TRUE, { rtol: 0.05 });
    }
  });

  it("fixed parameters (impedance.py's constants) stay put and get no error", () => {
    const fit = fitCircuit(RC, rcData, { fixed: { R0: 10 }, initialGuess: [50, 1e-6] });
    const r0 = fit.parameters[0];
    expect(r0).toMatchObject({ name: "R0", value: 10, fixed: true });
    expect(r0?.standardError).toBeUndefined();
    expect(fit.statistics.freeParameterCount).toBe(2);
    expect(fit.statistics.degreesOfFreedom).toBe(2 * FREQUENCY.length - 2);
  });

  it("bounds: a parameter pushed against its bound is flagged W_AT_BOUND", () => {
    const fit = fitCircuit(RC, rcData, {
      initialGuess: [10, 50, 1e-5],
      bounds: { "R1.R": [1, 80] },
    });
    const r1 = fit.parameters[1];
    expect(r1?.value).toBe(80);
    expect(r1?.atBound).toBe("max");
    expect(r1?.max).toBe(80);
    expect(fit.warnings.map((w) => w.code)).toContain("W_AT_BOUND");
  });

  it("estimates a start from the spectrum when none is given, and multi-start is seeded", () => {
    const circuit = "R0-p(R1,CPE1)-p(R2,CPE2)";
    const truth = [10, 50, 1e-6, 0.9, 200, 1e-3, 0.8];
    const data = syntheticSpectrum(circuit, truth, FREQUENCY, 0.005, 3);
    const a = fitCircuit(circuit, data, { weighting: "modulus", seed: 5 });
    const b = fitCircuit(circuit, data, { weighting: "modulus", seed: 5 });
    expect(a.convergence.guess).toBe("estimated");
    expect(a.convergence.starts).toBe(8);
    expect(a.parameters.map((p) => p.value)).toEqual(b.parameters.map((p) => p.value));
    expect(a.parameters.map((p) => p.value)).toBeAllClose(truth, { rtol: 0.1 });
  });

  it("a partial record guess is completed by estimates ('mixed')", () => {
    const fit = fitCircuit(RC, rcData, { initialGuess: { R0: 9 }, plots: false });
    expect(fit.convergence.guess).toBe("mixed");
    expect(fit.parameters.map((p) => p.value)).toBeAllClose(RC_TRUE, { rtol: 0.05 });
  });

  it("follows a series: a previous result is a valid initial guess", () => {
    const first = fitCircuit(RC, rcData, { initialGuess: [5, 50, 1e-6], plots: false });
    const next = syntheticSpectrum(RC, [10, 110, 1e-5], FREQUENCY, 0.005, 8);
    const second = fitCircuit(RC, next, { initialGuess: first, plots: false });
    expect(second.convergence.guess).toBe("given");
    expect(second.parameters[0]?.initial).toBe(first.parameters[0]?.value);
    expect(second.parameters[1]?.value).toBeAllClose(110, { rtol: 0.02 });
  });

  it("orders interchangeable arcs high frequency first", () => {
    const circuit = "R0-p(R1,C1)-p(R2,C2)";
    const truth = [10, 100, 1e-6, 200, 1e-3]; // τ1 = 1e-4 s, τ2 = 0.2 s
    const { zReal, zImag } = circuitImpedance(circuit, FREQUENCY, truth);
    const data = { frequency: FREQUENCY, zReal, zImag };
    // Start with the arcs swapped.
    const swapped = [10, 200, 1e-3, 100, 1e-6];
    expect(
      fitCircuit(circuit, data, { initialGuess: swapped }).parameters.map((p) => p.value),
    ).toBeAllClose(truth, { rtol: 1e-6 });
    expect(
      fitCircuit(circuit, data, { initialGuess: swapped, orderArcs: false }).parameters.map(
        (p) => p.value,
      ),
    ).toBeAllClose(swapped, { rtol: 1e-6 });
  });

  it("derives C_eff = (R^(1−α)·Q)^(1/α) and f_c for R‖CPE arcs with delta-method errors", () => {
    const circuit = "R0-p(R1,CPE1)";
    const truth = [10, 100, 2e-5, 0.85];
    const data = syntheticSpectrum(circuit, truth, FREQUENCY, 0.005, 11);
    const fit = fitCircuit(circuit, data, { initialGuess: truth });
    const [, r, q, a] = fit.parameters.map((p) => p.value) as [number, number, number, number];
    const cEff = fit.derived.find((d) => d.quantity === "capacitance");
    expect(cEff).toMatchObject({ source: "p(R1,CPE1)", unit: "F", symbol: "C_eff" });
    expect(cEff?.value).toBeAllClose((r ** (1 - a) * q) ** (1 / a), { rtol: 1e-12 });
    // True C_eff = (100^0.15 · 2e-5)^(1/0.85) = 1.0957e-5 F
    expect(cEff?.value).toBeAllClose((100 ** 0.15 * 2e-5) ** (1 / 0.85), { rtol: 0.05 });
    const fc = fit.derived.find((d) => d.quantity === "characteristicFrequency");
    expect(fc?.value).toBeAllClose(1 / (2 * Math.PI * (r * q) ** (1 / a)), { rtol: 1e-12 });
    expect(cEff?.standardError).toBeGreaterThan(0);
    expect(cEff?.standardError).toBeLessThan(0.1 * (cEff?.value as number));
  });

  it("returns Nyquist (equal axes, −Z″ up) and Bode Vega-Lite specs, and a schema-valid result", () => {
    const fit = fitCircuit(RC, rcData, { initialGuess: RC_TRUE });
    const nyquist = fit.plots?.nyquist as Record<string, unknown>;
    expect(nyquist.$schema).toMatch(/vega-lite\/v5/);
    expect(nyquist.width).toBe(nyquist.height);
    const layer = nyquist.layer as {
      encoding: {
        x: { scale: { domain: number[] } };
        y: { field: string; scale: { domain: number[] } };
      };
    }[];
    const x = layer[0]?.encoding.x.scale.domain as number[];
    const y = layer[0]?.encoding.y.scale.domain as number[];
    expect((x[1] as number) - (x[0] as number)).toBeAllClose((y[1] as number) - (y[0] as number), {
      rtol: 1e-12,
    });
    expect(layer[0]?.encoding.y.field).toBe("minusZImag");
    const values = (nyquist.data as { values: { series: string; minusZImag: number }[] }).values;
    expect(values.filter((v) => v.series === "data")).toHaveLength(FREQUENCY.length);
    expect(values.filter((v) => v.series === "fit").length).toBeGreaterThanOrEqual(100);
    expect(Math.max(...values.map((v) => v.minusZImag))).toBeGreaterThan(0);
    const bode = fit.plots?.bode as unknown as { vconcat: unknown[] };
    expect(bode.vconcat).toHaveLength(2);
    expect(CircuitFitResultSchema.safeParse(fit).success).toBe(true);
  });
});

describe("fitCircuit rejects bad input with the fix", () => {
  it.each([
    [
      "an unparseable circuit",
      () => fitCircuit("R0-p(R1,,C1)", rcData),
      "E_CIRCUIT_PARSE",
      /index|,/,
    ],
    [
      "a repeated element name",
      () => fitCircuit("R0-p(R0,C1)", rcData),
      "E_CIRCUIT_PARSE",
      /twice/,
    ],
    [
      "fewer values than parameters",
      () =>
        fitCircuit("R0-p(R1,CPE1)-p(R2,CPE2)-Wo1", {
          frequency: [1000, 100, 10, 1],
          zReal: [1, 2, 3, 4],
          zImag: [-1, -1, -1, -1],
        }),
      "E_INSUFFICIENT_DATA",
      /8 real values for 9 free parameters/,
    ],
    [
      "a zero frequency",
      () => fitCircuit(RC, { frequency: [100, 0, 1], zReal: [1, 2, 3], zImag: [-1, -1, -1] }),
      "E_INVALID_INPUT",
      /frequency\[1\] is 0 Hz/,
    ],
    [
      "a negative frequency",
      () => fitCircuit(RC, { frequency: [100, -10, 1], zReal: [1, 2, 3], zImag: [-1, -1, -1] }),
      "E_INVALID_INPUT",
      /frequency\[1\] is -10 Hz/,
    ],
    [
      "a NaN impedance",
      () =>
        fitCircuit(RC, { frequency: [100, 10, 1], zReal: [1, Number.NaN, 3], zImag: [-1, -1, -1] }),
      "E_INVALID_INPUT",
      /zReal\[1\] is NaN/,
    ],
    [
      "columns of different lengths",
      () => fitCircuit(RC, { frequency: [100, 10, 1], zReal: [1, 2], zImag: [-1, -1, -1] }),
      "E_INVALID_INPUT",
      /one length/,
    ],
    [
      "a guess of the wrong length",
      () => fitCircuit(RC, rcData, { initialGuess: [1, 2] }),
      "E_INVALID_PARAMETERS",
      /initial guess has 2 values/,
    ],
    [
      "a guess outside the bounds",
      () => fitCircuit(RC, rcData, { initialGuess: [1, -2, 1e-5] }),
      "E_BOUNDS",
      /outside its bounds/,
    ],
    [
      "an unknown parameter name",
      () => fitCircuit(RC, rcData, { fixed: { R9: 1 } }),
      "E_INVALID_PARAMETERS",
      /no parameter "R9"/,
    ],
    [
      "every parameter fixed",
      () => fitCircuit(RC, rcData, { fixed: { R0: 1, R1: 2, C1: 3 } }),
      "E_INVALID_PARAMETERS",
      /nothing to fit/,
    ],
    [
      "a start where the model is infinite (C = 0 in series)",
      () => fitCircuit("R0-C1", rcData, { initialGuess: [10, 0] }),
      "E_FIT_DIVERGED",
      /non-finite impedances from every start/,
    ],
    [
      "an unknown weighting",
      () => fitCircuit(RC, rcData, { weighting: "boukamp" as "unit" }),
      "E_INVALID_INPUT",
      /unknown weighting/,
    ],
  ])("%s", (_, run, code, message) => {
    const error = failure(run);
    expect(error.code).toBe(code);
    expect(error.problem).toMatch(message);
    expect(error.fix).toBeTruthy();
  });
});
