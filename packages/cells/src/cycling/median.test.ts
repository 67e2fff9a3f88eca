import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { medianInPlace } from "./median.js";

describe("medianInPlace", () => {
  it("odd and even counts", () => {
    expect(medianInPlace(Float64Array.of(3, 1, 2), 3)).toBe(2);
    expect(medianInPlace(Float64Array.of(3, 1, 2, 9), 4)).toBe(2.5);
    expect(medianInPlace(Float64Array.of(5, 5, 5, 5, 1), 4)).toBe(5);
  });
  it("property: equals the sorted middle", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (xs) => {
          const sorted = xs.slice().sort((a, b) => a - b);
          const m = sorted.length >> 1;
          const expected =
            sorted.length % 2
              ? (sorted[m] as number)
              : ((sorted[m - 1] as number) + (sorted[m] as number)) / 2;
          expect(medianInPlace(Float64Array.from(xs), xs.length)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
