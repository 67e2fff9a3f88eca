import { describe, expect, it } from "vitest";
import { listUnits } from "./listUnits.js";
import { parseUnit } from "./parseUnit.js";

describe("listUnits", () => {
  it("lists every unit, and every listed spelling parses to its own dimension", () => {
    const units = listUnits();
    expect(units.length).toBeGreaterThan(30);
    for (const u of units) {
      for (const spelling of [u.symbol, u.ascii, ...u.aliases]) {
        expect(parseUnit(spelling).dimension).toEqual(u.dimension);
      }
    }
    expect(units.find((u) => u.symbol === "M")?.name).toBe("molar (mol/L)");
    expect(units.find((u) => u.symbol === "min")?.prefixes).toBe(false);
  });
});
