import { createRng } from "@lmb/numerics";
import { ButlerVolmerFitResultSchema } from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { butlerVolmerFit } from "./butlerVolmerFit.js";
import { butlerVolmerOverpotential } from "./butlerVolmerOverpotential.js";
import { symmetricCellOverpotential } from "./symmetricCellOverpotential.js";

const RT_F = (GAS_CONSTANT * 298.15) / FARADAY_CONSTANT;

function within(
  estimate: { interval?: { lower: number; upper: number } | undefined },
  truth: number,
) {
  const i = estimate.interval;
  if (!i) throw new Error("interval expected");
  expect(truth).toBeGreaterThanOrEqual(i.lower);
  expect(truth).toBeLessThanOrEqual(i.upper);
}

const span = (n: number, a: number, b: number) =>
  Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

describe("butlerVolmerFit", () => {
  it("electrode: recovers j0 = 1 mA cm⁻², α_a = 0.6, α_c = 0.4 and R_s = 5 Ω cm² from η with 0.5 mV noise (seed 11)", () => {
    const rng = createRng(11);
    const kinetics = {
      exchangeCurrentDensity: 10,
      anodicTransferCoefficient: 0.6,
      cathodicTransferCoefficient: 0.4,
    };
    const currentDensity = span(41, -100, 100);
    const overpotential = currentDensity.map(
      (j) => butlerVolmerOverpotential(j, kinetics) + j * 5e-4 + 5e-4 * rng.normal(),
    );
    const fit = ButlerVolmerFitResultSchema.parse(
      butlerVolmerFit(
        { currentDensity, overpotential },
        { transferCoefficients: "free", areaSpecificResistance: "fit" },
      ),
    );
    within(fit.exchangeCurrentDensity, 1);
    within(fit.anodicTransferCoefficient, 0.6);
    within(fit.cathodicTransferCoefficient, 0.4);
    within(fit.areaSpecificResistance, 5);
    expect(fit.convergence.converged).toBe(true);
    expect(fit.fixedParameters).toEqual([]);
    expect(fit.goodnessOfFit.residualStandardDeviation).toBeAllClose(0.5, { rtol: 0.3 });
    expect(fit.residuals).toHaveLength(41);
    expect(fit.convention).toBe("electrode");
  });

  it("symmetric cell: recovers j0 = 0.5 mA cm⁻², α = 0.5 and R_s = 10 Ω cm² (seed 12), where a Tafel line would be biased", () => {
    const rng = createRng(12);
    const kinetics = { exchangeCurrentDensity: 5, areaSpecificResistance: 10e-4 };
    const currentDensity = span(30, -60, 60).filter((j) => j !== 0);
    const overpotential = currentDensity.map(
      (j) => symmetricCellOverpotential(j, kinetics).cellOverpotential + 1e-3 * rng.normal(),
    );
    const fit = butlerVolmerFit(
      { currentDensity, overpotential },
      { convention: "cell", transferCoefficients: "symmetric", areaSpecificResistance: "fit" },
    );
    within(fit.exchangeCurrentDensity, 0.5);
    within(fit.anodicTransferCoefficient, 0.5);
    within(fit.areaSpecificResistance, 10);
    expect(fit.cathodicTransferCoefficient.value).toBe(fit.anodicTransferCoefficient.value);
    expect(fit.relation).toMatch(/symmetric Li‖Li cell.*asinh/);
  });

  it("covers j0, α and R_s with its 95 % intervals in ≥ 85 % of 40 seeded symmetric-cell data sets", () => {
    let hits = 0;
    let total = 0;
    const currentDensity = span(20, -60, 60);
    for (let seed = 100; seed < 140; seed++) {
      const rng = createRng(seed);
      const overpotential = currentDensity.map(
        (j) =>
          symmetricCellOverpotential(j, {
            exchangeCurrentDensity: 5,
            areaSpecificResistance: 10e-4,
          }).cellOverpotential +
          1e-3 * rng.normal(),
      );
      const fit = butlerVolmerFit(
        { currentDensity, overpotential },
        { convention: "cell", transferCoefficients: "symmetric", areaSpecificResistance: "fit" },
      );
      for (const [e, truth] of [
        [fit.exchangeCurrentDensity, 0.5],
        [fit.anodicTransferCoefficient, 0.5],
        [fit.areaSpecificResistance, 10],
      ] as const) {
        total++;
        if (e.interval && truth >= e.interval.lower && truth <= e.interval.upper) hits++;
      }
    }
    expect(hits / total).toBeGreaterThanOrEqual(0.85);
  });

  it("fits a mass-transport limiting current (seed 13)", () => {
    const rng = createRng(13);
    const kinetics = { exchangeCurrentDensity: 10, limitingCurrentDensity: 150 };
    const currentDensity = span(40, -140, 140);
    const overpotential = currentDensity.map(
      (j) => butlerVolmerOverpotential(j, kinetics) + 5e-4 * rng.normal(),
    );
    const fit = butlerVolmerFit(
      { currentDensity, overpotential },
      { limitingCurrentDensity: "fit" },
    );
    within(fit.exchangeCurrentDensity, 1);
    if (!fit.limitingCurrentDensity) throw new Error("j_lim expected");
    within(fit.limitingCurrentDensity, 15);
    expect(fit.fixedParameters).toEqual([
      "anodicTransferCoefficient",
      "cathodicTransferCoefficient",
      "areaSpecificResistance",
    ]);
  });

  it("fits the CLI example, two symmetric-cell pairs 1 mA cm⁻²:13.2 mV, 2 mA cm⁻²:25.5 mV, with α held at ½", () => {
    const fit = butlerVolmerFit(
      { currentDensity: [10, 20], overpotential: [0.0132, 0.0255] },
      { convention: "cell" },
    );
    // each pair alone: j0 = j/(2·sinh(F·η/(4RT))) = 3.88 and 3.99 mA cm⁻²
    const single = [
      [1, 0.0132],
      [2, 0.0255],
    ].map(([j, eta]) => (j as number) / (2 * Math.sinh((eta as number) / (4 * RT_F))));
    expect(fit.exchangeCurrentDensity.value).toBeGreaterThan(Math.min(...single));
    expect(fit.exchangeCurrentDensity.value).toBeLessThan(Math.max(...single));
    expect(fit.goodnessOfFit.degreesOfFreedom).toBe(1);
    expect(fit.exchangeCurrentDensity.interval).toBeDefined();
  });

  it("refuses what it cannot fit, with the fix", () => {
    const data = { currentDensity: [10, 20, 30], overpotential: [0.01, 0.02, 0.03] };
    expect(() =>
      butlerVolmerFit(data, { convention: "cell", transferCoefficients: "free" }),
    ).toThrow(/E_INVALID_INPUT: a symmetric cell cannot separate α_a from α_c.*Fix: fit one α/);
    expect(() => butlerVolmerFit({ currentDensity: [10], overpotential: [0.01] })).toThrow(
      /E_INSUFFICIENT_DATA: the fit of 1 parameter has 1 point; at least 2 are needed/,
    );
    expect(() => butlerVolmerFit({ currentDensity: [10, 20], overpotential: [0.01] })).toThrow(
      /E_LENGTH_MISMATCH/,
    );
    expect(() => butlerVolmerFit(data, { limitingCurrentDensity: 25 })).toThrow(
      /at or beyond the held limiting/,
    );
    expect(() => butlerVolmerFit(data, { temperature: 0 })).toThrow(/at or below 0 K/);
  });
});
