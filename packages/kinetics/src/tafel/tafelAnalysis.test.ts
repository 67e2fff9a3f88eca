import { createRng } from "@lmb/numerics";
import { TafelAnalysisResultSchema, type Voltammogram } from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { butlerVolmerCurrentDensity } from "../butlerVolmer/butlerVolmerCurrentDensity.js";
import { symmetricCellCurrentDensity } from "../butlerVolmer/symmetricCellCurrentDensity.js";
import { tafelAnalysis } from "./tafelAnalysis.js";

const RT_F = (GAS_CONSTANT * 298.15) / FARADAY_CONSTANT;

function within(
  estimate: { interval?: { lower: number; upper: number } | undefined },
  truth: number,
) {
  const { lower, upper } = estimate.interval ?? { lower: Number.NaN, upper: Number.NaN };
  expect(truth).toBeGreaterThanOrEqual(lower);
  expect(truth).toBeLessThanOrEqual(upper);
}

/** BV electrode data, η from −0.4 to 0.4 V, with multiplicative log-normal noise. */
function electrodeCurve(seed: number, noise: number, n = 161) {
  const rng = createRng(seed);
  const kinetics = {
    exchangeCurrentDensity: 10,
    anodicTransferCoefficient: 0.6,
    cathodicTransferCoefficient: 0.4,
  };
  const overpotential = Array.from({ length: n }, (_, i) => -0.4 + (0.8 * i) / (n - 1));
  const currentDensity = overpotential.map(
    (eta) => butlerVolmerCurrentDensity(eta, kinetics) * Math.exp(noise * rng.normal()),
  );
  return { overpotential, currentDensity };
}

describe("tafelAnalysis", () => {
  it("recovers j0 = 1 mA cm⁻², α_a = 0.6, α_c = 0.4 from noisy BV data (3 % noise, seed 5) within the 95 % intervals", () => {
    const result = TafelAnalysisResultSchema.parse(tafelAnalysis(electrodeCurve(5, 0.03)));
    const { anodic, cathodic } = result;
    if (!anodic || !cathodic) throw new Error("both branches expected");
    within(anodic.transferCoefficient, 0.6);
    within(cathodic.transferCoefficient, 0.4);
    within(anodic.exchangeCurrentDensity, 1);
    within(cathodic.exchangeCurrentDensity, 1);
    within(result.exchangeCurrentDensity, 1);
    expect(anodic.window.lower).toBeGreaterThanOrEqual(4 * RT_F * 1e3);
    expect(anodic.currentDecades).toBeGreaterThanOrEqual(1);
    expect(anodic.goodnessOfFit.rSquared).toBeGreaterThan(0.99);
    expect(result.convention).toBe("electrode");
    expect(result.windowRule).toMatch(/highest R².*102.8 mV \(4RT\/F\)/);
  });

  it("covers the true values with its 95 % intervals in ≥ 85 % of 40 seeded curves (window-selection and back-reaction bias stay small)", () => {
    let hits = 0;
    let total = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { anodic, cathodic } = tafelAnalysis(electrodeCurve(seed, 0.03));
      for (const [estimate, truth] of [
        [anodic?.exchangeCurrentDensity, 1],
        [cathodic?.exchangeCurrentDensity, 1],
        [anodic?.transferCoefficient, 0.6],
        [cathodic?.transferCoefficient, 0.4],
      ] as const) {
        total++;
        const i = estimate?.interval;
        if (i && truth >= i.lower && truth <= i.upper) hits++;
      }
    }
    expect(hits / total).toBeGreaterThanOrEqual(0.85);
  });

  it("reads the textbook slopes off exact Tafel lines: b = ln10·RT/(αF) = 118.32 mV/dec for α = ½ at 25 °C (theory.md §6)", () => {
    const overpotential = Array.from({ length: 50 }, (_, i) => 0.11 + i * 0.005);
    const currentDensity = overpotential.map((eta) => 10 * Math.exp((0.5 * eta) / RT_F));
    const result = tafelAnalysis({ overpotential, currentDensity }, { branches: "anodic" });
    expect(result.anodic?.tafelSlope.value).toBeAllClose((Math.LN10 * RT_F * 1e3) / 0.5, {
      rtol: 1e-10,
    });
    expect(result.anodic?.tafelSlope.value).toBeAllClose(118.3186, { atol: 1e-3 });
    expect(result.anodic?.transferCoefficient.value).toBeAllClose(0.5, { rtol: 1e-10 });
    expect(result.exchangeCurrentDensity.value).toBeAllClose(1, { rtol: 1e-9 });
    expect(result.anodic?.window.pointCount).toBe(50);
  });

  it("cell convention: apparent α_cell = α/2 and the stated j0 bias over 50–150 mV (0.565·j0, theory.md §4.2)", () => {
    const overpotential = Array.from({ length: 101 }, (_, i) => 0.05 + i * 0.001);
    const currentDensity = overpotential.map((eta) =>
      symmetricCellCurrentDensity(eta, { exchangeCurrentDensity: 10 }),
    );
    const result = tafelAnalysis(
      { overpotential, currentDensity },
      {
        convention: "cell",
        window: { lower: 0.05, upper: 0.15 },
        branches: "anodic",
        minimumRSquared: 0.9,
      },
    );
    expect(result.exchangeCurrentDensity.value).toBeAllClose(0.565, { atol: 0.002 });
    expect(result.anodic?.transferCoefficient.value).toBeAllClose(0.348, { atol: 0.002 });
    expect(result.warnings.map((w) => w.code)).toContain("W_TAFEL_WINDOW_BIAS");
    // far out, the intercept approaches j0 and α_cell → α/2 = 0.25
    const far = Array.from({ length: 201 }, (_, i) => 0.3 + i * 0.002);
    const farResult = tafelAnalysis(
      {
        overpotential: far,
        currentDensity: far.map((eta) =>
          symmetricCellCurrentDensity(eta, { exchangeCurrentDensity: 10 }),
        ),
      },
      { convention: "cell", branches: "anodic" },
    );
    expect(farResult.anodic?.symmetricTransferCoefficient?.value).toBeAllClose(0.5, { atol: 0.02 });
    expect(farResult.exchangeCurrentDensity.value).toBeAllClose(1, { atol: 0.06 });
  });

  it("analyses a voltammogram: j = I/A and E_eq from the zero-current crossing", () => {
    const n = 201;
    const potential = new Float64Array(n);
    const current = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      potential[i] = 0.1 - 0.4 + (0.8 * i) / (n - 1); // E_eq = 0.1 V
      current[i] =
        butlerVolmerCurrentDensity((potential[i] as number) - 0.1, { exchangeCurrentDensity: 10 }) *
        1e-4;
    }
    const cv: Voltammogram = {
      kind: "voltammogram",
      columns: { potential, current },
      metadata: { format: "test", columns: [], warnings: [], area: 1e-4 },
    };
    const result = tafelAnalysis(cv);
    expect(result.equilibriumPotential.value).toBeAllClose(0.1, { atol: 1e-9 });
    expect(result.equilibriumPotentialSource).toBe("zero-current");
    expect(result.exchangeCurrentDensity.value).toBeAllClose(1, { rtol: 0.05 });
    const { metadata: _m, ...rest } = cv;
    expect(() =>
      tafelAnalysis({ ...rest, metadata: { format: "test", columns: [], warnings: [] } }),
    ).toThrow(
      /E_INVALID_INPUT: the voltammogram has no electrode area.*Fix: give the electrode area/,
    );
  });

  it("returns a Vega-Lite plot with the data, window points and fitted lines", () => {
    const result = tafelAnalysis(electrodeCurve(1, 0.01));
    const plot = result.plot as unknown as { layer: { data: { values: { series: string }[] } }[] };
    const series = new Set(plot.layer.flatMap((l) => l.data.values.map((v) => v.series)));
    expect([...series].sort()).toEqual([
      "anodic fit",
      "anodic window",
      "cathodic fit",
      "cathodic window",
      "data",
    ]);
  });

  it("refuses bad input with the fix", () => {
    expect(() => tafelAnalysis({ overpotential: [0.1, 0.2], currentDensity: [1] })).toThrow(
      /E_LENGTH_MISMATCH: currentDensity has 1 values but overpotential has 2.*Fix/,
    );
    const curve = electrodeCurve(2, 0.01);
    expect(() =>
      tafelAnalysis(curve, { window: { lower: 0.101, upper: 0.104 }, branches: "anodic" }),
    ).toThrow(
      /E_INSUFFICIENT_DATA: the Tafel window 101–104 mV \(anodic\) has 0 points; at least 3 are needed.*Fix: widen/,
    );
    // a current that saturates (mass-transport limit) has no straight Tafel region
    const overpotential = Array.from({ length: 60 }, (_, i) => 0.08 + i * 0.01);
    const limited = overpotential.map((eta) =>
      butlerVolmerCurrentDensity(eta, { exchangeCurrentDensity: 10, limitingCurrentDensity: 40 }),
    );
    expect(() =>
      tafelAnalysis({ overpotential, currentDensity: limited }, { branches: "anodic" }),
    ).toThrow(/E_NOT_LINEAR.*Fix: .*lmb kinetics bv/);
    expect(() => tafelAnalysis(curve, { temperature: -10 })).toThrow(/below 0 K/);
  });
});
