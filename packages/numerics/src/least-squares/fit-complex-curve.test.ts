import { describe, expect, it } from "vitest";
import { fitComplexCurve } from "./fit-complex-curve.js";
import {
  zarcZarcJacobian,
  zarcZarcModel,
  zarcZarcParameters,
  zarcZarcSpectrum,
  zarcZarcTruth,
} from "./testing/impedance-model.fixture.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

const names = zarcZarcParameters.map((p) => p.name);

describe("fitComplexCurve on a two-ZARC impedance spectrum", () => {
  it("recovers all 7 parameters from exact data, with and without the analytic Jacobian", () => {
    const { w, re, im } = zarcZarcSpectrum(60, 0);
    for (const extra of [{ jacobian: zarcZarcJacobian }, {}]) {
      const fit = fitComplexCurve({
        x: w,
        yRe: re,
        yIm: im,
        model: zarcZarcModel,
        parameters: zarcZarcParameters,
        ...extra,
      });
      expect(fit.converged).toBe(true);
      expect(names.map((n) => fit.values[n] as number)).toBeAllClose(zarcZarcTruth, { rtol: 1e-7 });
      expect(fit.residualCount).toBe(120);
      expect(fit.degreesOfFreedom).toBe(113);
      expect(fit.curveRe).toBeAllClose(re, { rtol: 1e-8 });
      expect(fit.curveIm).toBeAllClose(im, { rtol: 1e-8, atol: 1e-9 });
    }
  });

  it("with modulus weighting and 0.5 % noise, covers the truth with its 99 % intervals", () => {
    const { w, re, im } = zarcZarcSpectrum(60, 0.005, 42);
    const fit = fitComplexCurve(
      {
        x: w,
        yRe: re,
        yIm: im,
        weighting: "modulus",
        model: zarcZarcModel,
        jacobian: zarcZarcJacobian,
        parameters: zarcZarcParameters,
      },
      { confidenceLevel: 0.99 },
    );
    expect(fit.converged).toBe(true);
    // Relative noise 0.005 on both parts with w = 1/|Z|²: s ≈ 0.005.
    expect(Math.sqrt(fit.reducedChiSquare as number)).toBeAllClose(0.005, { rtol: 0.2 });
    fit.parameters.forEach((p, i) => {
      const truth = zarcZarcTruth[i] as number;
      expect(p.interval?.lower).toBeLessThan(truth);
      expect(p.interval?.upper).toBeGreaterThan(truth);
    });
    expect(fit.rSquared).toBeGreaterThan(0.999);
    for (let i = 0; i < 60; i++) {
      expect(fit.residualsRe[i]).toBeCloseTo((re[i] as number) - (fit.curveRe[i] as number), 12);
    }
  });

  it("stacks explicit per-point weights on both parts", () => {
    const { w, re, im } = zarcZarcSpectrum(30, 0.01, 5);
    const modulus = Float64Array.from(re, (r, i) => 1 / (r * r + (im[i] as number) ** 2));
    const problem = {
      x: w,
      yRe: re,
      yIm: im,
      model: zarcZarcModel,
      jacobian: zarcZarcJacobian,
      parameters: zarcZarcParameters,
    };
    const a = fitComplexCurve({ ...problem, weights: modulus });
    const b = fitComplexCurve({ ...problem, weighting: "modulus" });
    expect(a.chiSquare).toBeAllClose(b.chiSquare, { rtol: 1e-9 });
    expect(a.weightedResiduals).toHaveLength(60);
  });
});

describe("fitComplexCurve input errors", () => {
  const { w, re, im } = zarcZarcSpectrum(10, 0);
  const base = { x: w, yRe: re, yIm: im, model: zarcZarcModel, parameters: zarcZarcParameters };
  it("rejects mismatched, non-finite and badly weighted data", () => {
    expect(codeOf(() => fitComplexCurve({ ...base, yIm: im.subarray(0, 9) }))).toBe(
      "E_LENGTH_MISMATCH",
    );
    const bad = im.slice();
    bad[2] = Number.NaN;
    expect(codeOf(() => fitComplexCurve({ ...base, yIm: bad }))).toBe("E_NON_FINITE_DATA");
    expect(() => fitComplexCurve({ ...base, yIm: bad })).toThrow(/yIm\[2\]/);
    expect(codeOf(() => fitComplexCurve({ ...base, weights: new Float64Array(10) }))).toBe(
      "E_ZERO_WEIGHT",
    );
    expect(
      codeOf(() =>
        fitComplexCurve({ ...base, weights: new Float64Array(10).fill(1), weighting: "modulus" }),
      ),
    ).toBe("E_INVALID_ARGUMENT");
    const zero = { ...base, yRe: new Float64Array(10), yIm: new Float64Array(10) };
    expect(codeOf(() => fitComplexCurve({ ...zero, weighting: "modulus" }))).toBe(
      "E_INVALID_WEIGHT",
    );
  });
  it("counts two real values per point for E_INSUFFICIENT_DATA", () => {
    expect(
      codeOf(() =>
        fitComplexCurve({
          ...base,
          x: w.subarray(0, 3),
          yRe: re.subarray(0, 3),
          yIm: im.subarray(0, 3),
        }),
      ),
    ).toBe("E_INSUFFICIENT_DATA");
  });
});
