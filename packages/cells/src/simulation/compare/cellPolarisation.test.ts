import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellPolarisation } from "./cellPolarisation.js";

describe("cellPolarisation", () => {
  it("takes |V| at the end of each half cycle, leaving out a cut-short last one", () => {
    const current = [1, 1, -1, -1, 1, 1];
    const voltage = [0.05, 0.06, -0.07, -0.08, 0.09, 5];
    expect(cellPolarisation(current, voltage, false)).toEqual({
      initial: 60,
      final: 80,
      maximum: 80,
    });
    expect(cellPolarisation(current, voltage, true).final).toBe(5000);
    // rests (zero current) separate half cycles and are not polarisation
    expect(cellPolarisation([1, 0, 0, -1], [0.01, 0.002, 0.001, -0.03], true)).toEqual({
      initial: 10,
      final: 30,
      maximum: 30,
    });
    expect(cellPolarisation([], [], true)).toEqual({ initial: 0, final: 0, maximum: 0 });
  });

  it("maximum bounds initial and final, all non-negative (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(-1, 0, 1), fc.double({ min: -5, max: 5, noNaN: true })), {
          maxLength: 60,
        }),
        fc.boolean(),
        (points, complete) => {
          const p = cellPolarisation(
            points.map((x) => x[0]),
            points.map((x) => x[1]),
            complete,
          );
          expect(p.initial).toBeGreaterThanOrEqual(0);
          expect(p.maximum).toBeGreaterThanOrEqual(p.initial);
          expect(p.maximum).toBeGreaterThanOrEqual(p.final);
        },
      ),
    );
  });
});
