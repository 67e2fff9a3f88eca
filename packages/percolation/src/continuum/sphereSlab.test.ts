import { describe, expect, it } from "vitest";
import { overlappingSphereSpanning } from "./sphereSlab.js";

describe("overlapping spheres in a slab", () => {
  it("cube L = 20 diameters: η at first spanning agrees with η_c = 0.34189 (Lorenz & Ziff 2001) within 3 SE + 0.01", () => {
    const r = overlappingSphereSpanning({ lateral: 20, thickness: 20, runs: 40, seed: 2 });
    expect(Math.abs(r.reducedDensity.value - 0.34189)).toBeLessThan(
      3 * r.reducedDensity.standardError + 0.01,
    );
    expect(r.volumeFraction.value).toBeCloseTo(1 - Math.exp(-r.reducedDensity.value), 2);
  });

  it("a thin slab (h = 2 diameters, wide) is crossed at a much lower density than the bulk", () => {
    const thin = overlappingSphereSpanning({ lateral: 40, thickness: 2, runs: 20 });
    expect(thin.reducedDensity.value).toBeLessThan(0.25);
  });

  it("is reproducible by seed and rejects a slab thinner than one diameter", () => {
    const a = overlappingSphereSpanning({ lateral: 8, thickness: 8, runs: 3, seed: 5 });
    const b = overlappingSphereSpanning({ lateral: 8, thickness: 8, runs: 3, seed: 5 });
    expect(Array.from(a.particles)).toEqual(Array.from(b.particles));
    expect(() => overlappingSphereSpanning({ lateral: 8, thickness: 0.5 })).toThrow(/outside/);
    // 500 × 500 × 100 diameters would need ~1.6 × 10⁷ spheres: refused before any allocation
    expect(() => overlappingSphereSpanning({ lateral: 500, thickness: 100 })).toThrow(/outside/);
  });
});

describe("randomly oriented spheroids in a slab", () => {
  it("aspect ratio 1 reproduces the sphere; needles and plates percolate at lower volume fractions", async () => {
    const { penetrableSlabSpanning } = await import("./sphereSlab.js");
    const { spheroidShape } = await import("./spheroidShape.js");
    const sphere = penetrableSlabSpanning(
      { lateral: 14, thickness: 14, runs: 12, seed: 4 },
      spheroidShape(1),
    );
    expect(Math.abs(sphere.volumeFraction.value - 0.2896)).toBeLessThan(
      3 * sphere.volumeFraction.standardError + 0.01,
    );
    const needles = penetrableSlabSpanning(
      { lateral: 14, thickness: 14, runs: 6, seed: 4 },
      spheroidShape(5),
    );
    const plates = penetrableSlabSpanning(
      { lateral: 14, thickness: 14, runs: 6, seed: 4 },
      spheroidShape(0.2),
    );
    expect(needles.volumeFraction.value).toBeLessThan(0.2);
    expect(plates.volumeFraction.value).toBeLessThan(0.22);
    expect(() => spheroidShape(0)).toThrow(/positive/);
  });

  it("aligned spheroids are affine images of spheres: the same crossing, run by run (a/b = 5 and 1/5)", async () => {
    const { penetrableSlabSpanning } = await import("./sphereSlab.js");
    const { spheroidShape } = await import("./spheroidShape.js");
    const side = 12; // cube side in sphere diameters after mapping x, y by 1/(2b) and z by 1/(2a)
    const spheres = overlappingSphereSpanning({ lateral: side, thickness: side, runs: 8, seed: 6 });
    for (const aspect of [5, 0.2]) {
      const b = (1 / (8 * aspect)) ** (1 / 3);
      const a = aspect * b;
      const base = spheroidShape(aspect);
      const aligned = {
        ...base,
        orient(_rng: unknown, out: Float64Array) {
          out[0] = 0;
          out[1] = 0;
          out[2] = 1;
        },
      };
      const r = penetrableSlabSpanning(
        { lateral: 2 * b * side, thickness: 2 * a * side, runs: 8, seed: 6 },
        aligned,
      );
      expect(Array.from(r.particles)).toEqual(Array.from(spheres.particles));
    }
  });
});
