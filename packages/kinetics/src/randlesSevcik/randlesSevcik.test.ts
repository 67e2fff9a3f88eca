import { createRng } from "@lmb/numerics";
import { RandlesSevcikResultSchema } from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { randlesSevcikAnalysis } from "./randlesSevcikAnalysis.js";
import { randlesSevcikConstant } from "./randlesSevcikConstant.js";
import { randlesSevcikPeakCurrent } from "./randlesSevcikPeakCurrent.js";

const system = { area: 1e-4, concentration: 1 }; // 1 cm², 1 mM
const scanRate = [0.01, 0.02, 0.05, 0.1, 0.2];

describe("Randles–Sevcik relations", () => {
  it("2.69e5 = 0.4463·F^1.5/(R·T)^0.5 at 298.15 K (theory.md §5.1: 2.6865e5 with CODATA 2018)", () => {
    const k = randlesSevcikConstant();
    expect(k).toBeAllClose((0.4463 * FARADAY_CONSTANT ** 1.5) / Math.sqrt(GAS_CONSTANT * 298.15), {
      rtol: 1e-15,
    });
    expect(k).toBeAllClose(2.6865e5, { rtol: 5e-5 });
    expect(k).toBeAllClose(2.69e5, { rtol: 2e-3 }); // the textbook's three digits
    expect(randlesSevcikConstant(298.15, "irreversible")).toBeAllClose(2.9844e5, { rtol: 2e-4 }); // theory.md: 2.99e5
  });

  it("the general-temperature form I_p = 0.4463·nFAC(nFvD/RT)^½ equals the 25 °C form in cm units", () => {
    const d = 1e-9; // 1e-5 cm² s⁻¹
    const ip = randlesSevcikPeakCurrent({ ...system, electrons: 2 }, d, 0.1);
    const general =
      0.4463 *
      2 *
      FARADAY_CONSTANT *
      1e-4 *
      1 *
      Math.sqrt((2 * FARADAY_CONSTANT * 0.1 * d) / (GAS_CONSTANT * 298.15));
    expect(ip).toBeAllClose(general, { rtol: 1e-14 });
    const textbook = 2.69e5 * 2 ** 1.5 * 1 * Math.sqrt(1e-5) * 1e-6 * Math.sqrt(0.1); // A cm², D cm² s⁻¹, C mol cm⁻³
    expect(ip).toBeAllClose(textbook, { rtol: 2e-3 });
    // at 60 °C the peak is smaller by √(298.15/333.15)
    expect(randlesSevcikPeakCurrent({ ...system, temperature: 333.15 }, d, 0.1)).toBeAllClose(
      randlesSevcikPeakCurrent(system, d, 0.1) * Math.sqrt(298.15 / 333.15),
      { rtol: 1e-14 },
    );
  });
});

describe("randlesSevcikAnalysis", () => {
  it("recovers D = 1e-5 cm² s⁻¹ from anodic and cathodic peaks with 1 % relative noise, weighted 1/I_p² (seed 41), linearity confirmed", () => {
    const rng = createRng(41);
    const ip = (v: number) => randlesSevcikPeakCurrent(system, 1e-9, v) * (1 + 0.01 * rng.normal());
    const result = RandlesSevcikResultSchema.parse(
      randlesSevcikAnalysis(
        {
          scanRate,
          anodicPeakCurrent: scanRate.map(ip),
          cathodicPeakCurrent: scanRate.map((v) => -ip(v)),
        },
        { ...system, weighting: "relative" },
      ),
    );
    for (const branch of [result.anodic, result.cathodic]) {
      if (!branch) throw new Error("branch expected");
      const { interval, unit } = branch.diffusionCoefficient;
      expect(unit).toBe("cm² s⁻¹");
      expect(1e-5).toBeGreaterThanOrEqual(interval?.lower ?? Number.NaN);
      expect(1e-5).toBeLessThanOrEqual(interval?.upper ?? Number.NaN);
      expect(branch.linear).toBe(true);
      expect(branch.logLogSlope.value).toBeAllClose(0.5, { atol: 0.03 });
    }
    expect(result.warnings).toEqual([]);
    expect(result.concentration.value).toBeAllClose(1e-3, { rtol: 1e-12 }); // mol L⁻¹
  });

  it("irreversible form with α·n_a = 0.5 inverts its own peak currents", () => {
    const options = { ...system, reversibility: "irreversible" as const, transferCoefficient: 0.5 };
    const anodicPeakCurrent = scanRate.map((v) => randlesSevcikPeakCurrent(options, 3e-10, v));
    const result = randlesSevcikAnalysis(
      { scanRate, anodicPeakCurrent },
      { ...options, throughOrigin: true },
    );
    expect(result.anodic?.diffusionCoefficient.si).toBeAllClose(3e-10, { rtol: 1e-10 });
    expect(result.relation).toMatch(/^irreversible/);
  });

  it("flags a surface-controlled process (I_p ∝ v) as not diffusion-controlled", () => {
    const result = randlesSevcikAnalysis(
      { scanRate, anodicPeakCurrent: scanRate.map((v) => 1e-3 * v) },
      system,
    );
    expect(result.anodic?.linear).toBe(false);
    expect(result.anodic?.logLogSlope.value).toBeAllClose(1, { rtol: 1e-9 });
    expect(result.warnings.map((w) => w.code)).toEqual(["W_NOT_DIFFUSION_CONTROLLED"]);
  });

  it("refuses too few scan rates and mismatched lengths, with the fix", () => {
    expect(() =>
      randlesSevcikAnalysis({ scanRate: [0.01, 0.1], anodicPeakCurrent: [1e-5, 3e-5] }, system),
    ).toThrow(
      /E_INSUFFICIENT_DATA: the anodic Randles–Sevcik fit has 2 points; at least 3.*Fix: record voltammograms at three/,
    );
    expect(() => randlesSevcikAnalysis({ scanRate, anodicPeakCurrent: [1e-5] }, system)).toThrow(
      /E_LENGTH_MISMATCH/,
    );
    expect(() =>
      randlesSevcikAnalysis({ scanRate: [0.01, -0.1, 1], anodicPeakCurrent: [1, 2, 3] }, system),
    ).toThrow(/scanRate\[1\] = -0.1 V s⁻¹ is not positive/);
    expect(() =>
      randlesSevcikAnalysis(
        { scanRate, anodicPeakCurrent: scanRate },
        { ...system, temperature: -1 },
      ),
    ).toThrow(/0 K/);
  });
});
