import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CurveModel, fitCurve } from "./fit-curve.js";
import { seededNormal } from "./testing/seeded-noise.fixture.js";
import type { ParameterSpec } from "./types.js";

const line: CurveModel<Float64Array> = (p, x, out) => {
  for (let i = 0; i < x.length; i++)
    out[i] = (p[0] as number) + (p[1] as number) * (x[i] as number);
};
const decay: CurveModel<Float64Array> = (p, t, out) => {
  for (let i = 0; i < t.length; i++)
    out[i] = (p[0] as number) * Math.exp(-(p[1] as number) * (t[i] as number));
};
const decayJacobian = (p: Float64Array, t: Float64Array, out: Float64Array) => {
  for (let i = 0; i < t.length; i++) {
    const e = Math.exp(-(p[1] as number) * (t[i] as number));
    out[2 * i] = e;
    out[2 * i + 1] = -(p[0] as number) * (t[i] as number) * e;
  }
};

const t10 = Float64Array.from({ length: 10 }, (_, i) => i * 0.5);
const exact = Float64Array.from(t10, (t) => 3 * Math.exp(-0.7 * t));
const decayParameters: ParameterSpec[] = [
  { name: "a", initial: 1 },
  { name: "k", initial: 0.1 },
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe("fitCurve on exact data", () => {
  it("recovers a = 3, k = 0.7 s⁻¹ with analytic, central and forward Jacobians", () => {
    for (const extra of [{ jacobian: decayJacobian }, {}]) {
      for (const finiteDifference of ["central", "forward"] as const) {
        const fit = fitCurve(
          { x: t10, y: exact, model: decay, parameters: decayParameters, ...extra },
          { finiteDifference },
        );
        expect(fit.converged).toBe(true);
        expect(["cost", "step", "gradient"]).toContain(fit.reason);
        expect([fit.values.a, fit.values.k] as number[]).toBeAllClose([3, 0.7], { rtol: 1e-8 });
        expect(fit.curve).toBeAllClose(exact, { rtol: 1e-8 });
        expect(fit.residuals).toBeAllClose(new Float64Array(10), { atol: 1e-8 });
        expect(fit.rSquared).toBeAllClose(1, { rtol: 1e-12 });
      }
    }
  });
});

describe("fitCurve statistics against closed forms (straight line, ordinary least squares)", () => {
  const n = 10;
  const x = Float64Array.from({ length: n }, (_, i) => i);
  const noise = seededNormal(7);
  const y = Float64Array.from(x, (xi) => 2 + 0.5 * xi + 0.3 * noise());
  // OLS: b = Sxy/Sxx, a = ȳ − b·x̄, s² = SSR/(n − 2), SE_b = s/√Sxx, SE_a = s·√(1/n + x̄²/Sxx).
  const xm = x.reduce((s, v) => s + v, 0) / n;
  const ym = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += ((x[i] as number) - xm) ** 2;
    sxy += ((x[i] as number) - xm) * ((y[i] as number) - ym);
    syy += ((y[i] as number) - ym) ** 2;
  }
  const b = sxy / sxx;
  const a = ym - b * xm;
  let ssr = 0;
  for (let i = 0; i < n; i++) ssr += ((y[i] as number) - a - b * (x[i] as number)) ** 2;
  const s = Math.sqrt(ssr / (n - 2));
  const seB = s / Math.sqrt(sxx);
  const seA = s * Math.sqrt(1 / n + (xm * xm) / sxx);

  it("matches values, errors, covariance, R², AIC/BIC and t intervals", () => {
    const fit = fitCurve({
      x,
      y,
      model: line,
      parameters: [
        { name: "a", initial: 0 },
        { name: "b", initial: 0 },
      ],
    });
    expect([fit.values.a, fit.values.b] as number[]).toBeAllClose([a, b], { rtol: 1e-10 });
    expect([fit.standardErrors.a, fit.standardErrors.b] as number[]).toBeAllClose([seA, seB], {
      rtol: 1e-9,
    });
    expect(fit.chiSquare).toBeAllClose(ssr, { rtol: 1e-10 });
    expect(fit.reducedChiSquare).toBeAllClose(ssr / (n - 2), { rtol: 1e-10 });
    expect(fit.degreesOfFreedom).toBe(8);
    expect(fit.rSquared).toBeAllClose(1 - ssr / syy, { rtol: 1e-10 });
    expect(fit.aic).toBeAllClose(n * Math.log(ssr / n) + 4, { rtol: 1e-10 });
    expect(fit.bic).toBeAllClose(n * Math.log(ssr / n) + 2 * Math.log(n), { rtol: 1e-10 });
    // cov(a, b) = −x̄·s²/Sxx
    expect(fit.covariance?.matrix[0]?.[1] as number).toBeAllClose((-xm * s * s) / sxx, {
      rtol: 1e-9,
    });
    expect(fit.correlation?.matrix[1]?.[0] as number).toBeAllClose(
      (-xm * s * s) / sxx / (seA * seB),
      { rtol: 1e-9 },
    );
    // t(0.975, 8) = 2.306004135 (any t table)
    const interval = fit.parameters[1]?.interval as { lower: number; upper: number };
    expect((interval.upper - interval.lower) / 2).toBeAllClose(2.306004135 * seB, { rtol: 1e-8 });
    expect(fit.confidenceLevel).toBe(0.95);
    expect(fit.identifiability).toBe("ok");
    expect(fit.warnings).toEqual([]);
    expect(fit.conditionNumber).toBeGreaterThan(1);
    expect(fit.scaledConditionNumber).toBeGreaterThan(1);
  });

  it("uses weights w = 1/σ² and, unscaled, reports (JᵀWJ)⁻¹", () => {
    const w = Float64Array.from(x, (xi) => 1 / (1 + xi));
    const params: ParameterSpec[] = [
      { name: "a", initial: 0 },
      { name: "b", initial: 0 },
    ];
    const fit = fitCurve({ x, y, weights: w, model: line, parameters: params });
    let sw = 0;
    let swx = 0;
    let swy = 0;
    for (let i = 0; i < n; i++) {
      sw += w[i] as number;
      swx += (w[i] as number) * (x[i] as number);
      swy += (w[i] as number) * (y[i] as number);
    }
    const xw = swx / sw;
    const yw = swy / sw;
    let wsxx = 0;
    let wsxy = 0;
    for (let i = 0; i < n; i++) {
      wsxx += (w[i] as number) * ((x[i] as number) - xw) ** 2;
      wsxy += (w[i] as number) * ((x[i] as number) - xw) * ((y[i] as number) - yw);
    }
    expect(fit.values.b as number).toBeAllClose(wsxy / wsxx, { rtol: 1e-10 });
    expect(fit.values.a as number).toBeAllClose(yw - (wsxy / wsxx) * xw, { rtol: 1e-10 });
    const unscaled = fitCurve(
      { x, y, weights: w, model: line, parameters: params },
      { scaleCovariance: false, confidenceLevel: 0.9 },
    );
    expect(unscaled.standardErrors.b as number).toBeAllClose(1 / Math.sqrt(wsxx), { rtol: 1e-9 });
    // Known variance → normal quantile z(0.95) = 1.6448536269514722.
    const iv = unscaled.parameters[1]?.interval as { lower: number; upper: number };
    expect((iv.upper - iv.lower) / 2).toBeAllClose(1.6448536269514722 / Math.sqrt(wsxx), {
      rtol: 1e-9,
    });
    // Scaling all weights by 10 scales χ² but not the (scaled) standard errors.
    const w10 = w.map((v) => 10 * v);
    const fit10 = fitCurve({ x, y, weights: w10, model: line, parameters: params });
    expect(fit10.chiSquare).toBeAllClose(10 * fit.chiSquare, { rtol: 1e-10 });
    expect(fit10.standardErrors.b as number).toBeAllClose(fit.standardErrors.b as number, {
      rtol: 1e-9,
    });
  });
});

describe("fitCurve with fixed parameters and bounds", () => {
  it("holds a fixed parameter and leaves it out of the covariance", () => {
    const fit = fitCurve({
      x: t10,
      y: exact,
      model: decay,
      jacobian: decayJacobian,
      parameters: [
        { name: "a", initial: 3, fixed: true },
        { name: "k", initial: 0.2 },
      ],
    });
    expect(fit.values.a).toBe(3);
    expect(fit.values.k as number).toBeAllClose(0.7, { rtol: 1e-10 });
    expect(fit.parameters[0]).toEqual({ name: "a", value: 3, initial: 3, fixed: true });
    expect(fit.freeParameterCount).toBe(1);
    expect(fit.covariance?.names).toEqual(["k"]);
  });

  it("stops on an upper bound, reports it, and never evaluates outside the box", () => {
    let lowest = Number.POSITIVE_INFINITY;
    let highest = Number.NEGATIVE_INFINITY;
    const fit = fitCurve({
      x: t10,
      y: exact,
      model: (p, t, out) => {
        lowest = Math.min(lowest, p[1] as number);
        highest = Math.max(highest, p[1] as number);
        decay(p, t, out);
      },
      parameters: [
        { name: "a", initial: 1 },
        { name: "k", initial: 0.1, min: 0.05, max: 0.3 },
      ],
    });
    expect(fit.values.k).toBe(0.3);
    expect(fit.parameters[1]?.atBound).toBe("max");
    expect(fit.warnings.map((w) => w.code)).toContain("W_AT_BOUND");
    expect(lowest).toBeGreaterThanOrEqual(0.05);
    expect(highest).toBeLessThanOrEqual(0.3);
  });

  it("returns values inside any box that contains the start (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (kLow, width, at) => {
          const min = kLow;
          const max = kLow + width;
          const fit = fitCurve({
            x: t10,
            y: exact,
            model: decay,
            parameters: [
              { name: "a", initial: 1, min: 0.5, max: 10 },
              { name: "k", initial: min + at * (max - min), min, max },
            ],
          });
          const k = fit.values.k as number;
          const a = fit.values.a as number;
          return k >= min && k <= max && a >= 0.5 && a <= 10;
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });
});

describe("fitCurve input errors", () => {
  const base = { x: t10, y: exact, model: decay, parameters: decayParameters };
  it("names the index of non-finite data", () => {
    const y = exact.slice();
    y[3] = Number.NaN;
    expect(() => fitCurve({ ...base, y })).toThrow(/y\[3\]/);
    expect(codeOf(() => fitCurve({ ...base, y }))).toBe("E_NON_FINITE_DATA");
    const x = t10.slice();
    x[9] = Number.POSITIVE_INFINITY;
    expect(codeOf(() => fitCurve({ ...base, x }))).toBe("E_NON_FINITE_DATA");
  });
  it("rejects fewer points than free parameters", () => {
    expect(
      codeOf(() => fitCurve({ ...base, x: t10.subarray(0, 1), y: exact.subarray(0, 1) })),
    ).toBe("E_INSUFFICIENT_DATA");
  });
  it("rejects bounds that exclude the start, inverted bounds and bad parameter lists", () => {
    expect(
      codeOf(() =>
        fitCurve({
          ...base,
          parameters: [{ name: "a", initial: 1, min: 2 }, decayParameters[1] as ParameterSpec],
        }),
      ),
    ).toBe("E_BOUNDS");
    expect(
      codeOf(() =>
        fitCurve({
          ...base,
          parameters: [
            { name: "a", initial: 1, min: 2, max: 0 },
            decayParameters[1] as ParameterSpec,
          ],
        }),
      ),
    ).toBe("E_BOUNDS");
    expect(
      codeOf(() =>
        fitCurve({
          ...base,
          parameters: [
            { name: "a", initial: 1 },
            { name: "a", initial: 1 },
          ],
        }),
      ),
    ).toBe("E_INVALID_PARAMETERS");
    expect(
      codeOf(() => fitCurve({ ...base, parameters: [{ name: "a", initial: Number.NaN }] })),
    ).toBe("E_INVALID_PARAMETERS");
    expect(
      codeOf(() => fitCurve({ ...base, parameters: [{ name: "a", initial: 1, fixed: true }] })),
    ).toBe("E_INVALID_PARAMETERS");
  });
  it("gives each zero, negative or NaN weight its own error", () => {
    const w = new Float64Array(10).fill(1);
    w[4] = 0;
    expect(codeOf(() => fitCurve({ ...base, weights: w }))).toBe("E_ZERO_WEIGHT");
    expect(() => fitCurve({ ...base, weights: w })).toThrow(/weights\[4\]/);
    w[4] = -1;
    expect(codeOf(() => fitCurve({ ...base, weights: w }))).toBe("E_INVALID_WEIGHT");
    w[4] = Number.NaN;
    expect(codeOf(() => fitCurve({ ...base, weights: w }))).toBe("E_INVALID_WEIGHT");
    expect(codeOf(() => fitCurve({ ...base, weights: [1, 1] }))).toBe("E_LENGTH_MISMATCH");
  });
  it("rejects bad options", () => {
    expect(codeOf(() => fitCurve(base, { confidenceLevel: 1 }))).toBe("E_INVALID_ARGUMENT");
    expect(codeOf(() => fitCurve(base, { maxIterations: 0 }))).toBe("E_INVALID_ARGUMENT");
    expect(codeOf(() => fitCurve(base, { costTolerance: -1 }))).toBe("E_INVALID_ARGUMENT");
  });
});

describe("fitCurve when the model misbehaves or the search is cut short", () => {
  const ones = new Float64Array(5).fill(0.1);
  const sqrtModel: CurveModel<Float64Array> = (p, x, out) => {
    for (let i = 0; i < x.length; i++) out[i] = Math.sqrt(p[0] as number);
  };
  const sqrtJacobian = (p: Float64Array, x: Float64Array, out: Float64Array) => {
    for (let i = 0; i < x.length; i++) out[i] = 0.5 / Math.sqrt(p[0] as number);
  };

  it("fails at the start with E_MODEL_NON_FINITE", () => {
    expect(
      codeOf(() =>
        fitCurve({ x: ones, y: ones, model: sqrtModel, parameters: [{ name: "c", initial: -1 }] }),
      ),
    ).toBe("E_MODEL_NON_FINITE");
  });

  it("recovers from NaN mid-fit by rejecting the step (√c, Gauss–Newton overshoots to c < 0)", () => {
    const fit = fitCurve({
      x: ones,
      y: ones,
      model: sqrtModel,
      jacobian: sqrtJacobian,
      parameters: [{ name: "c", initial: 4 }],
    });
    expect(fit.converged).toBe(true);
    expect(fit.values.c as number).toBeAllClose(0.01, { rtol: 1e-10 });
  });

  it("throws E_MODEL_NON_FINITE when every step away from the start is non-finite", () => {
    expect(
      codeOf(() =>
        fitCurve({
          x: ones,
          y: ones,
          model: (p, x, out) => out.fill(p[0] === 4 ? 2 : Number.NaN, 0, x.length),
          jacobian: (_p, x, out) => out.fill(1, 0, x.length),
          parameters: [{ name: "c", initial: 4 }],
        }),
      ),
    ).toBe("E_MODEL_NON_FINITE");
  });

  it("returns converged: false with reason and warning when iterations run out", () => {
    const fit = fitCurve(
      {
        x: t10,
        y: exact,
        model: decay,
        parameters: [
          { name: "a", initial: 100 },
          { name: "k", initial: 5 },
        ],
      },
      { maxIterations: 1 },
    );
    expect(fit.converged).toBe(false);
    expect(fit.reason).toBe("max-iterations");
    expect(fit.warnings[0]?.code).toBe("W_NOT_CONVERGED");
    const fit2 = fitCurve(
      {
        x: t10,
        y: exact,
        model: decay,
        parameters: [
          { name: "a", initial: 100 },
          { name: "k", initial: 5 },
        ],
      },
      { maxFunctionEvaluations: 3 },
    );
    expect(fit2.converged).toBe(false);
    expect(fit2.reason).toBe("max-evaluations");
  });

  it("reports a singular fit instead of hiding it (only a·b is identifiable)", () => {
    const fit = fitCurve({
      x: t10,
      y: Float64Array.from(t10, (t) => 2 * t),
      model: (p, x, out) => {
        for (let i = 0; i < x.length; i++)
          out[i] = (p[0] as number) * (p[1] as number) * (x[i] as number);
      },
      parameters: [
        { name: "a", initial: 1 },
        { name: "b", initial: 1 },
      ],
    });
    expect(fit.identifiability).toBe("singular");
    expect(fit.warnings.map((w) => w.code)).toContain("W_SINGULAR");
    expect(fit.covariance).toBeUndefined();
    expect(fit.standardErrors).toEqual({});
    expect(fit.parameters[0]?.standardError).toBeUndefined();
    expect((fit.values.a as number) * (fit.values.b as number)).toBeAllClose(2, { rtol: 1e-10 });
  });

  it("flags an ill-conditioned fit and still reports errors", () => {
    // Two exponentials with nearly equal rates: columns almost parallel.
    const x = Float64Array.from({ length: 20 }, (_, i) => i * 0.1);
    const noise = seededNormal(3);
    const y = Float64Array.from(x, (t) => Math.exp(-t) + Math.exp(-1.000001 * t) + 1e-9 * noise());
    const fit = fitCurve({
      x,
      y,
      model: (p, t, out) => {
        for (let i = 0; i < t.length; i++) {
          out[i] =
            (p[0] as number) * Math.exp(-(t[i] as number)) +
            (p[1] as number) * Math.exp(-1.000001 * (t[i] as number));
        }
      },
      parameters: [
        { name: "a", initial: 1 },
        { name: "b", initial: 1 },
      ],
    });
    expect(fit.identifiability).toBe("ill-conditioned");
    expect(fit.scaledConditionNumber).toBeGreaterThan(1e10);
    expect(fit.warnings.map((w) => w.code)).toContain("W_ILL_CONDITIONED");
    expect(fit.standardErrors.a).toBeGreaterThan(0);
  });

  it("reports no errors when n = p (no degree of freedom)", () => {
    const fit = fitCurve({
      x: t10.subarray(0, 2),
      y: exact.subarray(0, 2),
      model: decay,
      parameters: decayParameters,
    });
    expect(fit.degreesOfFreedom).toBe(0);
    expect(fit.reducedChiSquare).toBeUndefined();
    expect(fit.warnings.map((w) => w.code)).toContain("W_NO_DOF");
    expect(fit.standardErrors).toEqual({});
  });
});
