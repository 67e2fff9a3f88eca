import { describe, expect, it } from "vitest";
import { LITHIUM } from "./lithium.js";
import {
  AVOGADRO_CONSTANT,
  BOLTZMANN_CONSTANT,
  ELEMENTARY_CHARGE,
  FARADAY_CONSTANT,
  GAS_CONSTANT,
  STANDARD_TEMPERATURE,
} from "./physicalConstants.js";

describe("CODATA 2018 exact constants", () => {
  it("e, N_A, k_B are the defining values of the 2019 SI", () => {
    expect(ELEMENTARY_CHARGE).toBe(1.602176634e-19);
    expect(AVOGADRO_CONSTANT).toBe(6.02214076e23);
    expect(BOLTZMANN_CONSTANT).toBe(1.380649e-23);
  });

  it("F = e·N_A = 96485.33212 C/mol (CODATA 2018; exact 96485.33212331001…)", () => {
    expect(FARADAY_CONSTANT).toBeAllClose(96485.33212, { rtol: 1e-10 });
    expect(FARADAY_CONSTANT).toBeAllClose(96485.33212331001, { rtol: 1e-15 });
  });

  it("R = N_A·k_B = 8.314462618 J/(mol K) (CODATA 2018; exact 8.31446261815324)", () => {
    expect(GAS_CONSTANT).toBeAllClose(8.314462618, { rtol: 1e-10 });
    expect(GAS_CONSTANT).toBeAllClose(8.31446261815324, { rtol: 1e-15 });
  });

  it("RT/F at 298.15 K = 25.69258 mV (theory.md §6)", () => {
    expect((GAS_CONSTANT * STANDARD_TEMPERATURE) / FARADAY_CONSTANT).toBeAllClose(0.02569258, {
      rtol: 2e-7,
    });
  });
});

describe("LITHIUM facts (SCIENCE.md §2, theory.md §6, M = 6.94 g/mol)", () => {
  it("molar mass 6.94 g/mol (IUPAC 2013), density 0.534 g/cm³ (293 K), E° = −3.04 V vs SHE", () => {
    expect(LITHIUM.molarMass).toBeAllClose(6.94e-3, { rtol: 1e-15 });
    expect(LITHIUM.density).toBe(534);
    expect(LITHIUM.standardPotential).toBe(-3.04);
  });

  it("gravimetric capacity F/(3.6·M) = 3861.88 mAh/g (theory.md table; SCIENCE.md ≈ 3860)", () => {
    const mAhPerGram = LITHIUM.gravimetricCapacity / 3600; // C/kg → mAh/g: 1 mAh/g = 3.6 C/g = 3600 C/kg
    expect(mAhPerGram).toBeAllClose(3861.88, { rtol: 2e-6 });
    expect(mAhPerGram).toBeAllClose(3860, { rtol: 1e-3 });
  });

  it("volumetric capacity = 2062.25 mAh/cm³ (theory.md table; SCIENCE.md ≈ 2061 uses M = 6.941)", () => {
    const mAhPerCm3 = LITHIUM.volumetricCapacity / 3.6e6;
    expect(mAhPerCm3).toBeAllClose(2062.25, { rtol: 2e-6 });
    expect(mAhPerCm3).toBeAllClose(2061, { rtol: 1e-3 });
  });

  it("molar volume M/ρ = 12.9963 cm³/mol (theory.md table)", () => {
    expect(LITHIUM.molarVolume).toBeAllClose(12.9963e-6, { rtol: 5e-6 });
  });
});
