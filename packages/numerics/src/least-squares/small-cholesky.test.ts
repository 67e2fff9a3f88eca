import { describe, expect, it } from "vitest";
import { backSubstitute, choleskyInPlace, forwardSubstitute } from "./small-cholesky.js";

describe("choleskyInPlace", () => {
  it("factors and solves a 3×3 SPD system (A·x = b with x = (1, 2, 3))", () => {
    const a = Float64Array.of(4, 12, -16, 12, 37, -43, -16, -43, 98);
    const original = a.slice();
    expect(choleskyInPlace(a, 3)).toBe(true);
    // Textbook factor L = [[2,0,0],[6,1,0],[-8,5,3]].
    expect([a[0], a[3], a[4], a[6], a[7], a[8]] as number[]).toBeAllClose([2, 6, 1, -8, 5, 3], {
      rtol: 1e-15,
    });
    const x = Float64Array.of(1, 2, 3);
    const b = Float64Array.from({ length: 3 }, (_, i) => {
      let s = 0;
      for (let k = 0; k < 3; k++) s += (original[i * 3 + k] as number) * (x[k] as number);
      return s;
    });
    forwardSubstitute(a, 3, b);
    backSubstitute(a, 3, b);
    expect(b).toBeAllClose(x, { rtol: 1e-12 });
  });
  it("refuses singular and indefinite matrices", () => {
    expect(choleskyInPlace(Float64Array.of(1, 1, 1, 1), 2)).toBe(false);
    expect(choleskyInPlace(Float64Array.of(1, 2, 2, 1), 2)).toBe(false);
    expect(choleskyInPlace(Float64Array.of(-1), 1)).toBe(false);
  });
});
