import { describe, expect, it } from "vitest";
import { allCloseReport } from "./allClose.js";

describe("toBeAllClose", () => {
  it("accepts values within atol + rtol·|expected|", () => {
    expect([1.0000001, 2]).toBeAllClose([1, 2], { rtol: 1e-6 });
    expect(1e-12).toBeAllClose(0, { atol: 1e-11 });
  });
  it("rejects values outside the tolerance, NaN and length mismatch", () => {
    expect(allCloseReport([1.001], [1], { rtol: 1e-6 })?.index).toBe(0);
    expect(allCloseReport([Number.NaN], [Number.NaN])?.reason).toBe("NaN");
    expect(allCloseReport([1, 2], [1])?.reason).toBe("length differs");
    expect([1.001]).not.toBeAllClose([1], { rtol: 1e-6 });
  });
});
