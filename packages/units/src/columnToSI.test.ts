import { describe, expect, it } from "vitest";
import { columnFromSI, columnToSI } from "./columnToSI.js";

describe("columnToSI / columnFromSI", () => {
  it("converts a whole column with one factor: mA → A, mA cm⁻² ↔ A m⁻²", () => {
    expect(columnToSI([1, 2.5, -3], "mA")).toBeAllClose([1e-3, 2.5e-3, -3e-3], { rtol: 1e-15 });
    expect(columnFromSI(Float64Array.of(50, 100), "mA cm-2")).toBeAllClose([5, 10], {
      rtol: 1e-15,
    });
  });

  it("applies the °C offset to absolute temperatures, not to differences", () => {
    expect(columnToSI([25, 0], "°C")).toBeAllClose([298.15, 273.15], { rtol: 1e-15 });
    expect(columnToSI([25], "°C", { difference: true })).toBeAllClose([25], { rtol: 1e-15 });
    expect(columnFromSI([298.15], "degC")).toBeAllClose([25], { rtol: 1e-13 });
  });

  it("names the first non-finite sample instead of passing NaN on", () => {
    expect(() => columnToSI([1, Number.NaN], "mA")).toThrow(/value\[1\]/);
  });
});
