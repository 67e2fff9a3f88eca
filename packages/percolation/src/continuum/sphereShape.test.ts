import { describe, expect, it } from "vitest";
import { sphereShape } from "./sphereShape.js";
import { overlappingSphereSpanning } from "./sphereSlab.js";

const slot = (d: number) => new Float64Array([d, 0, 0]);

describe("sphere shapes: polydisperse and core–shell", () => {
  it("spheres of different diameters overlap exactly below (d₁ + d₂)/2", () => {
    const shape = sphereShape({ sizes: { mix: { diameters: [1, 2], weights: [1, 1] } } });
    const a = slot(1);
    const b = slot(2);
    expect(shape.overlap(1.499, 0, 0, a, 0, b, 0)).toBe(true);
    expect(shape.overlap(0, 1.501, 0, a, 0, b, 0)).toBe(false);
    expect(shape.halfHeight(b, 0)).toBe(1);
  });

  it("core–shell: cores of δ·d clash below δ·(d₁ + d₂)/2, shells connect below (d₁ + d₂)/2", () => {
    const mono = sphereShape({ coreShell: 0.8 });
    const o = new Float64Array(3);
    expect(mono.clash?.(0.79, 0, 0, o, 0, o, 0)).toBe(true);
    expect(mono.clash?.(0.81, 0, 0, o, 0, o, 0)).toBe(false);
    expect(mono.overlap(0.99, 0, 0, o, 0, o, 0)).toBe(true);
    expect(mono.coreVolumeRatio).toBeCloseTo(0.512, 12);
    const poly = sphereShape({
      coreShell: 0.5,
      sizes: { mix: { diameters: [1, 3], weights: [1, 1] } },
    });
    const a = slot(1);
    const b = slot(3);
    expect(poly.clash?.(0.999, 0, 0, a, 0, b, 0)).toBe(true); // δ·(1 + 3)/2 = 1
    expect(poly.clash?.(1.001, 0, 0, a, 0, b, 0)).toBe(false);
    expect(() => sphereShape({ coreShell: 1 })).toThrow(/core\/shell/);
    expect(() => sphereShape({ coreShell: -0.1 })).toThrow(/core\/shell/);
  });

  it("core–shell δ = 0.68: cores cross a 16-diameter cube at φ_core ≈ 0.10 (hard-sphere fluid: δ_c/D = 0.471 at φ = 0.10, research notes §2.4)", () => {
    const r = overlappingSphereSpanning({
      lateral: 16,
      thickness: 16,
      runs: 12,
      seed: 5,
      coreShell: 0.68,
    });
    expect(Math.abs(r.volumeFraction.value - 0.1)).toBeLessThan(
      3 * r.volumeFraction.standardError + 0.01,
    );
    // the cores' fraction is exactly η·δ³
    expect(r.volumeFraction.value).toBeCloseTo(r.reducedDensity.value * 0.68 ** 3, 10);
  });

  it("binary mixture (radius ratio 2, 10 % large by number): φ_c within the 0.2896–0.2973 band of Consiglio et al. 2003", () => {
    const r = overlappingSphereSpanning({
      lateral: 16,
      thickness: 16,
      runs: 12,
      seed: 2,
      sizes: { mix: { diameters: [1, 2], weights: [0.9, 0.1] } },
    });
    const v = r.volumeFraction.value;
    const tolerance = 3 * r.volumeFraction.standardError + 0.01;
    expect(v).toBeGreaterThan(0.2896 - tolerance);
    expect(v).toBeLessThan(0.2973 + tolerance);
  });

  it("hard cores that cannot reach the crossing jam with an LmbError naming the fix", () => {
    expect(() =>
      overlappingSphereSpanning({ lateral: 6, thickness: 6, runs: 1, coreShell: 0.99 }),
    ).toThrow(/jammed/);
  });
});
