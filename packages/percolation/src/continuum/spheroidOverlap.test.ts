import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spheroidsOverlap } from "./spheroidOverlap.js";

const X = [1, 0, 0];
const Y = [0, 1, 0];

describe("Perram–Wertheim spheroid overlap", () => {
  it("spheres (a = b): overlap exactly below one diameter", () => {
    expect(spheroidsOverlap(0.999, 0, 0, X, Y, 0.5, 0.5)).toBe(true);
    expect(spheroidsOverlap(1.001, 0, 0, X, Y, 0.5, 0.5)).toBe(false);
  });

  it("needles a = 1, b = 0.2: end to end touch at 2a, side by side at 2b, crossed at 2b", () => {
    expect(spheroidsOverlap(1.999, 0, 0, X, X, 1, 0.2)).toBe(true);
    expect(spheroidsOverlap(2.001, 0, 0, X, X, 1, 0.2)).toBe(false);
    expect(spheroidsOverlap(0, 0.399, 0, X, X, 1, 0.2)).toBe(true);
    expect(spheroidsOverlap(0, 0.401, 0, X, X, 1, 0.2)).toBe(false);
    // T-shape: one along x at the origin, the other along y centred at (1 + 1, 0, 0)… tip meets side
    expect(spheroidsOverlap(1.199, 0, 0, X, Y, 1, 0.2)).toBe(true);
    expect(spheroidsOverlap(1.201, 0, 0, X, Y, 1, 0.2)).toBe(false);
  });

  it("is symmetric under exchanging the two particles (property)", () => {
    const unit = fc
      .tuple(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      )
      .filter(([x, y, z]) => x * x + y * y + z * z > 0.01)
      .map(([x, y, z]) => {
        const n = Math.hypot(x, y, z);
        return [x / n, y / n, z / n];
      });
    fc.assert(
      fc.property(
        unit,
        unit,
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (u, v, rx, ry) => {
          expect(spheroidsOverlap(rx, ry, 0.1, u, v, 1, 0.3)).toBe(
            spheroidsOverlap(-rx, -ry, -0.1, v, u, 1, 0.3),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
