import { describe, expect, it } from "vitest";
import { wiredSurfaceFraction } from "./wiredSurface.js";

describe("wired share of the outer surface, Q(φ, h)", () => {
  it("far above the threshold nearly every particle is wired: Q → the plane's coverage 1 − e^(−η/2)", () => {
    // centres only below the plane z = h: coverage 1 − exp(−ρ·π∫₀^½(¼ − t²)dt) = 1 − e^(−η/2)
    const phi = 0.7;
    const eta = -Math.log(1 - phi);
    const r = wiredSurfaceFraction({ thickness: 3, fractions: [phi], lateral: 12, runs: 8 });
    const q = r.points[0]?.wired;
    expect(q).toBeDefined();
    expect(Math.abs((q?.value ?? 0) - (1 - Math.exp(-eta / 2)))).toBeLessThan(
      4 * (q?.standardError ?? 0) + 0.005,
    );
  });

  it("rises with the metal fraction and falls with the thickness below the bulk threshold 0.2896", () => {
    const fractions = [0.15, 0.25];
    const thin = wiredSurfaceFraction({ thickness: 2, fractions, lateral: 12, runs: 8, seed: 2 });
    const thick = wiredSurfaceFraction({ thickness: 6, fractions, lateral: 12, runs: 8, seed: 2 });
    const [t15, t25] = thin.points.map((p) => p.wired.value) as [number, number];
    const [k15, k25] = thick.points.map((p) => p.wired.value) as [number, number];
    expect(t25).toBeGreaterThan(t15);
    expect(t25).toBeGreaterThan(k25);
    expect(k15).toBeLessThanOrEqual(t15);
    // Q never exceeds the metal-covered share of the plane, 1 − e^(−η/2) < φ
    expect(t25).toBeLessThan(1 - Math.exp(-0.5 * -Math.log(0.75)));
  });

  it("works for core–shell and spheroid particles and rejects bad fractions", () => {
    const cs = wiredSurfaceFraction({
      thickness: 3,
      fractions: [0.2],
      lateral: 10,
      runs: 4,
      coreShell: 0.7,
    });
    expect(cs.points[0]?.wired.value).toBeGreaterThan(0);
    expect(cs.note).toMatch(/core/);
    const needles = wiredSurfaceFraction({
      thickness: 3,
      fractions: [0.2],
      lateral: 10,
      runs: 4,
      shape: { spheroid: 4 },
    });
    expect(needles.points[0]?.wired.value).toBeGreaterThan(0);
    expect(() => wiredSurfaceFraction({ thickness: 3, fractions: [1.2] })).toThrow(/fractions/);
    expect(() => wiredSurfaceFraction({ thickness: 3, fractions: [] })).toThrow(/fractions/);
    expect(() => wiredSurfaceFraction({ thickness: 0.5, fractions: [0.2] })).toThrow(/layer/);
    // memory before work: 0.999 of a 200 × 200 × 200 layer would need ~10⁸ particles
    expect(() =>
      wiredSurfaceFraction({ thickness: 200, lateral: 200, fractions: [0.999] }),
    ).toThrow(/particles/);
    expect(() => wiredSurfaceFraction({ thickness: 400, lateral: 400, fractions: [0.2] })).toThrow(
      /layer/,
    );
  });
});
