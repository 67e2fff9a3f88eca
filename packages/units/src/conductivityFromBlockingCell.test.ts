import { describe, expect, it } from "vitest";
import {
  bulkResistanceFromConductivity,
  conductivityFromBlockingCell,
} from "./conductivityFromBlockingCell.js";
import { conductivity, resistance } from "./electricalKinds.js";
import { area, length } from "./materialKinds.js";
import { inUnit } from "./toSI.js";

describe("conductivity from a blocking cell (SCIENCE.md §2: σ = l / (R_b · S))", () => {
  it("100 Ω across 1 mm and 1 cm² is 1 mS cm⁻¹ (0.1 S m⁻¹)", () => {
    const sigma = conductivityFromBlockingCell(
      resistance(100, "Ohm"),
      length(1, "mm"),
      area(1, "cm2"),
    );
    expect(sigma).toBeAllClose(0.1, { rtol: 1e-15 });
    expect(inUnit(sigma, "mS cm-1")).toBeAllClose(1, { rtol: 1e-15 });
  });

  it("a 500 µm pellet, 1.13 cm², 250 Ω → 0.177 mS cm⁻¹; the inverse gives the resistance back", () => {
    const l = length(500, "µm");
    const s = area(1.13, "cm2");
    const sigma = conductivityFromBlockingCell(resistance(250, "Ω"), l, s);
    expect(inUnit(sigma, "mS cm-1")).toBeAllClose((0.05 / (250 * 1.13)) * 1000, { rtol: 1e-14 });
    expect(inUnit(bulkResistanceFromConductivity(sigma, l, s), "Ohm")).toBeAllClose(250, {
      rtol: 1e-14,
    });
    expect(
      inUnit(
        bulkResistanceFromConductivity(conductivity(1, "mS cm-1"), length(1, "mm"), area(1, "cm2")),
        "Ohm",
      ),
    ).toBeAllClose(100, { rtol: 1e-14 });
  });

  it("refuses a zero resistance, thickness or area", () => {
    expect(() =>
      conductivityFromBlockingCell(resistance(0, "Ohm"), length(1, "mm"), area(1, "cm2")),
    ).toThrow(/E_OUT_OF_RANGE/);
    expect(() =>
      conductivityFromBlockingCell(resistance(1, "Ohm"), length(0, "mm"), area(1, "cm2")),
    ).toThrow(/E_OUT_OF_RANGE/);
  });
});
