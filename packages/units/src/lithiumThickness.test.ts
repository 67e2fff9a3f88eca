import { describe, expect, it } from "vitest";
import { arealCapacity } from "./electricalKinds.js";
import {
  lithiumArealCapacityFromArealMass,
  lithiumArealCapacityFromThickness,
  lithiumArealMassFromArealCapacity,
  lithiumArealMassFromThickness,
  lithiumThicknessFromArealCapacity,
  lithiumThicknessFromArealMass,
} from "./lithiumThickness.js";
import { arealMass, length, molarMass } from "./materialKinds.js";
import { inUnit } from "./toSI.js";

describe("Li thickness ↔ areal capacity ↔ areal mass", () => {
  it("SCIENCE.md §2: 1 µm of dense Li ≈ 0.206 mAh cm⁻² (theory.md: 0.20622 for M = 6.94)", () => {
    const q = lithiumArealCapacityFromThickness(length(1, "µm"));
    expect(inUnit(q, "mAh cm-2")).toBeAllClose(0.206, { rtol: 2e-3 });
    expect(inUnit(q, "mAh cm-2")).toBeAllClose(0.20622, { rtol: 3e-5 }); // quoted to 5 digits: ±0.000005
  });

  it("theory.md §6: 100 µm ≈ 20.6, 50 µm ≈ 10.3, 20 µm ≈ 4.12 mAh cm⁻²", () => {
    const q = [100, 50, 20].map((um) =>
      inUnit(lithiumArealCapacityFromThickness(length(um, "um")), "mAh cm-2"),
    );
    expect(q).toBeAllClose([20.6, 10.3, 4.12], { rtol: 2e-3 });
  });

  it("theory.md §6: 1 mAh cm⁻² is 4.8491 µm (M = 6.94) and 4.8498 µm (M = 6.941)", () => {
    const q = arealCapacity(1, "mAh cm-2");
    expect(inUnit(lithiumThicknessFromArealCapacity(q), "µm")).toBeAllClose(4.8491, { rtol: 2e-5 });
    const old = lithiumThicknessFromArealCapacity(q, { molarMass: molarMass(6.941, "g/mol") });
    expect(inUnit(old, "µm")).toBeAllClose(4.8498, { rtol: 2e-5 });
  });

  it("areal mass: 50 µm × 0.534 g cm⁻³ = 2.67 mg cm⁻²; 1 mg cm⁻² × 3861.88 mAh g⁻¹ = 3.86188 mAh cm⁻²", () => {
    expect(inUnit(lithiumArealMassFromThickness(length(50, "µm")), "mg cm-2")).toBeAllClose(2.67, {
      rtol: 1e-12,
    });
    expect(inUnit(lithiumThicknessFromArealMass(arealMass(2.67, "mg cm-2")), "µm")).toBeAllClose(
      50,
      { rtol: 1e-12 },
    );
    const q = lithiumArealCapacityFromArealMass(arealMass(1, "mg cm-2"));
    expect(inUnit(q, "mAh cm-2")).toBeAllClose(3.86188, { rtol: 2e-6 });
    expect(inUnit(lithiumArealMassFromArealCapacity(q), "mg cm-2")).toBeAllClose(1, {
      rtol: 1e-14,
    });
  });

  it("round trips thickness → capacity → thickness and through the areal mass", () => {
    for (const um of [0, 0.1, 1, 20, 750]) {
      const l = length(um, "µm");
      expect(lithiumThicknessFromArealCapacity(lithiumArealCapacityFromThickness(l))).toBeAllClose(
        l,
        { rtol: 1e-14 },
      );
      const viaMass = lithiumArealCapacityFromArealMass(lithiumArealMassFromThickness(l));
      expect(viaMass).toBeAllClose(lithiumArealCapacityFromThickness(l), { rtol: 1e-14 });
    }
  });

  it("refuses negative thickness and non-physical overrides", () => {
    expect(() => lithiumArealCapacityFromThickness(length(-1, "µm"))).toThrow(/E_OUT_OF_RANGE/);
    expect(() =>
      lithiumArealCapacityFromThickness(length(1, "µm"), {
        density: molarMass(0, "g/mol") as never,
      }),
    ).toThrow(/E_OUT_OF_RANGE/);
    expect(() => lithiumArealCapacityFromThickness(length.fromSI(Number.NaN))).toThrow(
      /E_NOT_FINITE/,
    );
  });
});
