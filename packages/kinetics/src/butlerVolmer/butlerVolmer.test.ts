import { LmbError } from "@lmb/errors";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { butlerVolmerCurrentDensity } from "./butlerVolmerCurrentDensity.js";
import { butlerVolmerOverpotential } from "./butlerVolmerOverpotential.js";
import { butlerVolmerPolarization } from "./butlerVolmerPolarization.js";
import { symmetricCellCurrentDensity } from "./symmetricCellCurrentDensity.js";
import { symmetricCellOverpotential } from "./symmetricCellOverpotential.js";

const RT_F = (GAS_CONSTANT * 298.15) / FARADAY_CONSTANT;
const j0 = 10; // 1 mA cm⁻²

describe("Butler–Volmer, one electrode", () => {
  it("α = ½ reduces to j = 2·j0·sinh(Fη/2RT) (theory.md §4.1)", () => {
    for (const eta of [-0.2, -0.05, 0, 0.01, 0.05, 0.3]) {
      expect(butlerVolmerCurrentDensity(eta, { exchangeCurrentDensity: j0 })).toBeAllClose(
        2 * j0 * Math.sinh(eta / (2 * RT_F)),
        { rtol: 1e-13, atol: 1e-13 },
      );
    }
  });

  it("per-electrode test vectors at 298.15 K: j/j0 = 0.1, 1, 10 → 2.5682, 24.7271, 118.8250 mV (theory.md §4.2)", () => {
    const eta = [0.1, 1, 10].map((r) =>
      butlerVolmerOverpotential(r * j0, { exchangeCurrentDensity: j0 }),
    );
    expect(eta.map((e) => e * 1e3)).toBeAllClose([2.5682, 24.7271, 118.825], { atol: 6e-5 });
  });

  it("inverts itself for any α, including α_a = 1.5, α_c = 0.5 (SCIENCE.md §3)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.4, max: 0.4, noNaN: true }),
        fc.double({ min: 0.1, max: 2, noNaN: true }),
        fc.double({ min: 0.1, max: 2, noNaN: true }),
        fc.double({ min: 1e-2, max: 1e3, noNaN: true }),
        (eta, alphaA, alphaC, exchange) => {
          const k = {
            exchangeCurrentDensity: exchange,
            anodicTransferCoefficient: alphaA,
            cathodicTransferCoefficient: alphaC,
          };
          const j = butlerVolmerCurrentDensity(eta, k);
          expect(butlerVolmerOverpotential(j, k)).toBeAllClose(eta, { atol: 1e-10, rtol: 1e-9 });
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });

  it("saturates at the limiting current density and inverts below it", () => {
    const k = { exchangeCurrentDensity: j0, limitingCurrentDensity: 50 };
    expect(butlerVolmerCurrentDensity(2, k)).toBeAllClose(50, { rtol: 1e-12 });
    expect(butlerVolmerCurrentDensity(-2, k)).toBeAllClose(-50, { rtol: 1e-12 });
    for (const eta of [-0.3, -0.02, 0.02, 0.3]) {
      const j = butlerVolmerCurrentDensity(eta, k);
      expect(Math.abs(j)).toBeLessThan(50);
      expect(butlerVolmerOverpotential(j, k)).toBeAllClose(eta, { atol: 1e-10 });
    }
    expect(() => butlerVolmerOverpotential(60, k)).toThrow(/E_OUT_OF_RANGE.*limiting current/);
  });

  it("rejects bad parameters with the fix", () => {
    expect(() => butlerVolmerCurrentDensity(0.1, { exchangeCurrentDensity: 0 })).toThrow(LmbError);
    expect(() =>
      butlerVolmerCurrentDensity(0.1, { exchangeCurrentDensity: 10, temperature: -3 }),
    ).toThrow(/E_INVALID_INPUT: temperature -3 K is at or below 0 K.*Fix: give an absolute/);
    expect(() => butlerVolmerOverpotential(Number.NaN, { exchangeCurrentDensity: 10 })).toThrow(
      /E_INVALID_INPUT/,
    );
  });
});

describe("symmetric Li‖Li cell", () => {
  it("α = ½ reduces to j = 2·j0·sinh(F·η_cell/(4RT)) (SCIENCE.md §3)", () => {
    for (const eta of [-0.3, -0.01, 0.005, 0.1, 0.4]) {
      expect(symmetricCellCurrentDensity(eta, { exchangeCurrentDensity: j0 })).toBeAllClose(
        2 * j0 * Math.sinh(eta / (4 * RT_F)),
        { rtol: 1e-12 },
      );
    }
  });

  it("reproduces the η_cell test vectors of theory.md §4.2 (α = ½, 298.15 K)", () => {
    const ratios = [0.1, 0.5, 1, 2, 3, 5, 10];
    const expected = [5.1364, 25.4322, 49.4543, 90.579, 122.7862, 169.2865, 237.65];
    const got = ratios.map(
      (r) =>
        symmetricCellOverpotential(r * j0, { exchangeCurrentDensity: j0 }).cellOverpotential * 1e3,
    );
    expect(got).toBeAllClose(expected, { atol: 6e-5 });
    const split = symmetricCellOverpotential(10 * j0, { exchangeCurrentDensity: j0 });
    expect(split.strippingOverpotential * 1e3).toBeAllClose(118.825, { atol: 6e-5 });
    expect(split.platingOverpotential).toBeAllClose(-split.strippingOverpotential, { rtol: 1e-12 });
    expect(split.convention).toBe("cell");
  });

  it("α_a = 0.3, α_c = 0.7, j = 10·j0: η_strip = 197.2 mV, η_plate = −85.8 mV (theory.md §4.2)", () => {
    const k = {
      exchangeCurrentDensity: j0,
      anodicTransferCoefficient: 0.3,
      cathodicTransferCoefficient: 0.7,
    };
    const p = symmetricCellOverpotential(10 * j0, k);
    expect(p.strippingOverpotential * 1e3).toBeAllClose(197.2, { atol: 0.05 });
    expect(p.platingOverpotential * 1e3).toBeAllClose(-85.8, { atol: 0.05 });
    expect(p.cellOverpotential).toBeAllClose(p.strippingOverpotential - p.platingOverpotential, {
      rtol: 1e-14,
    });
  });

  it("adds the ohmic drop j·R_s, is odd in j, and inverts with R_s and j_lim", () => {
    const k = {
      exchangeCurrentDensity: j0,
      anodicTransferCoefficient: 0.4,
      cathodicTransferCoefficient: 0.8,
      areaSpecificResistance: 20e-4, // 20 Ω cm²
      limitingCurrentDensity: 200,
    };
    const p = symmetricCellOverpotential(30, k);
    expect(p.ohmicOverpotential).toBeAllClose(30 * 20e-4, { rtol: 1e-14 });
    expect(symmetricCellOverpotential(-30, k).cellOverpotential).toBeAllClose(
      -p.cellOverpotential,
      {
        rtol: 1e-13,
      },
    );
    expect(symmetricCellCurrentDensity(p.cellOverpotential, k)).toBeAllClose(30, { rtol: 1e-10 });
    expect(symmetricCellCurrentDensity(-p.cellOverpotential, k)).toBeAllClose(-30, { rtol: 1e-10 });
  });

  it("is consistent in the linear regime: R_ct,cell·j0 = 2RT/F = 51.385 mV at 298.15 K (theory.md §4.2)", () => {
    const dj = 1e-4;
    const slope =
      symmetricCellOverpotential(dj, { exchangeCurrentDensity: j0 }).cellOverpotential / dj;
    expect(slope * j0 * 1e3).toBeAllClose(51.385, { atol: 5e-4 });
  });
});

describe("butlerVolmerPolarization", () => {
  it("states its convention: the cell value is the sum of both electrodes, the electrode value one of them", () => {
    const k = { exchangeCurrentDensity: j0, areaSpecificResistance: 1e-3 };
    const cell = butlerVolmerPolarization(10, k, "cell");
    const electrode = butlerVolmerPolarization(10, k);
    expect(cell.convention).toBe("cell");
    expect(electrode.convention).toBe("electrode");
    expect(cell.overpotential).toBeAllClose(0.0494543 + 0.01, { atol: 1e-7 });
    expect(electrode.overpotential).toBeAllClose(0.0247271 + 0.01, { atol: 1e-7 });
    expect(cell.electrodes?.stripping).toBeAllClose(0.0247271, { atol: 1e-7 });
  });
});
