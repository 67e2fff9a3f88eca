import { createRng } from "@lmb/numerics";
import {
  ChargeTransferExchangeCurrentResultSchema,
  MicroPolarizationResultSchema,
} from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { symmetricCellCurrentDensity } from "../butlerVolmer/symmetricCellCurrentDensity.js";
import { exchangeCurrentFromResistance } from "./exchangeCurrentFromResistance.js";
import { microPolarization } from "./microPolarization.js";

const RT_F = (GAS_CONSTANT * 298.15) / FARADAY_CONSTANT;
const span = (n: number, a: number, b: number) =>
  Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

describe("microPolarization", () => {
  it("electrode, exact linear data: j0 = RT/F · dj/dη (α_a + α_c = 1)", () => {
    const overpotential = span(11, -0.01, 0.01);
    const currentDensity = overpotential.map((eta) => (10 * eta) / RT_F); // j0 = 10 A m⁻²
    const result = MicroPolarizationResultSchema.parse(
      microPolarization({ currentDensity, overpotential }),
    );
    expect(result.exchangeCurrentDensity.value).toBeAllClose(1, { rtol: 1e-12 });
    expect(result.areaSpecificResistance.value).toBeAllClose((RT_F / 10) * 1e4, { rtol: 1e-12 }); // Ω cm²
    expect(result.relation).toMatch(/^one electrode: j0 = RT/);
  });

  it("symmetric cell: the factor 2 — the same slope gives twice the electrode j0", () => {
    const overpotential = span(11, -0.02, 0.02);
    const currentDensity = overpotential.map((eta) => 3 * eta);
    const electrode = microPolarization(
      { currentDensity, overpotential },
      { maximumOverpotential: 0.02 },
    );
    const cell = microPolarization({ currentDensity, overpotential }, { convention: "cell" });
    expect(cell.exchangeCurrentDensity.value).toBeAllClose(
      2 * electrode.exchangeCurrentDensity.value,
      { rtol: 1e-12 },
    );
    expect(cell.interfaceResistance.value).toBeAllClose(cell.areaSpecificResistance.value / 2, {
      rtol: 1e-12,
    });
    expect(cell.relation).toMatch(/factor 2/);
    expect(cell.linearizationError).toBeAllClose(0.0063, { atol: 1e-4 }); // theory.md §4.2: 0.63 % at 20 mV
  });

  it("recovers j0 = 0.5 mA cm⁻² of a symmetric cell (α = ½) from ±20 mV with noise 2 % of the largest current (seed 21); the 0.3 % linearisation bias is far inside the interval", () => {
    const rng = createRng(21);
    const overpotential = span(21, -0.02, 0.02);
    const currentDensity = overpotential.map(
      (eta) =>
        symmetricCellCurrentDensity(eta, { exchangeCurrentDensity: 5 }) + 0.04 * rng.normal(),
    );
    const result = microPolarization({ currentDensity, overpotential }, { convention: "cell" });
    const i = result.exchangeCurrentDensity.interval;
    expect(0.5).toBeGreaterThanOrEqual(i?.lower ?? Number.NaN);
    expect(0.5).toBeLessThanOrEqual(i?.upper ?? Number.NaN);
    expect(result.window.pointCount).toBe(21);
  });

  it("refuses too few points in the window and warns outside the linear regime", () => {
    expect(() =>
      microPolarization({ currentDensity: [1, 2, 3], overpotential: [0.005, 0.05, 0.1] }),
    ).toThrow(
      /E_INSUFFICIENT_DATA: the micro-polarization window \|η\| ≤ 10 mV has 1 point; at least 2 are needed.*Fix/,
    );
    const overpotential = span(11, -0.1, 0.1);
    const wide = microPolarization(
      {
        currentDensity: overpotential.map((e) => 2 * 10 * Math.sinh(e / (2 * RT_F))),
        overpotential,
      },
      { maximumOverpotential: 0.1 },
    );
    expect(wide.warnings.map((w) => w.code)).toContain("W_NOT_LINEAR_REGIME");
  });
});

describe("exchangeCurrentFromResistance", () => {
  it("R_ct·j0 = RT/F = 25.69 mV per interface at 298.15 K (theory.md §6); a cell's R_ct counts two (theory.md §4.3)", () => {
    const electrode = ChargeTransferExchangeCurrentResultSchema.parse(
      exchangeCurrentFromResistance({ resistance: 50, area: 1.13e-4 }),
    );
    expect(electrode.exchangeCurrentDensity.si * 50 * 1.13e-4 * 1e3).toBeAllClose(25.69258, {
      atol: 1e-5,
    });
    const cell = exchangeCurrentFromResistance(
      { resistance: 50, area: 1.13e-4, resistanceStandardError: 2 },
      { convention: "cell" },
    );
    expect(cell.exchangeCurrentDensity.value).toBeAllClose(0.909472, { rtol: 1e-5 });
    expect(cell.exchangeCurrentDensity.standardError).toBeAllClose(0.909472 * 0.04, { rtol: 1e-5 });
    expect(cell.interfaceResistance.value).toBeAllClose(28.25, { rtol: 1e-12 }); // 50 Ω × 1.13 cm² / 2
  });

  it("refuses a non-positive resistance or area", () => {
    expect(() => exchangeCurrentFromResistance({ resistance: 0, area: 1e-4 })).toThrow(
      /E_INVALID_INPUT.*Fix: give R_ct > 0/,
    );
    expect(() => exchangeCurrentFromResistance({ resistance: 5, area: -1 })).toThrow(/area/);
  });
});
