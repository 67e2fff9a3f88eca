import { describe, expect, it } from "vitest";
import { formatTable } from "./formatTable.js";

describe("formatTable", () => {
  it("aligns columns by code points, two spaces apart, without trailing spaces", () => {
    expect(
      formatTable(
        [
          ["cycle duration", "0.4 h", "2q/j"],
          ["cycles", "750"],
          ["σ", "1.77 mS cm⁻¹", "l/(R·S)"],
        ],
        "  ",
      ),
    ).toBe(
      [
        "  cycle duration  0.4 h         2q/j",
        "  cycles          750",
        "  σ               1.77 mS cm⁻¹  l/(R·S)",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing for no rows", () => {
    expect(formatTable([])).toBe("");
  });
});
