import { describe, expect, it } from "vitest";
import {
  compareWithSand,
  sandCurrentForCapacity,
  sandCurrentForTime,
  sandTime,
} from "./sandTime.js";

// Reference values: shared/research/theory.md §3 (recomputed table; CODATA F).
const VR = { diffusivity: 3.22e-10, concentration: 1000, transferenceNumber: 0.38 };
const NYMAN = { diffusivity: 1.769e-10, concentration: 1000, transferenceNumber: 0.2594 };

describe("Sand's time", () => {
  it("Valøen–Reimers at 10 mA cm⁻²: 612.5 s", () => {
    expect(sandTime(100, VR).time).toBeCloseTo(612.5, 0);
  });

  it("reproduces the t_Sand (h) / Q (mAh cm⁻²) table at 0.5–20 mA cm⁻²", () => {
    const rows: [typeof VR, number, number, number][] = [
      [NYMAN, 5, 26.2, 13.1],
      [NYMAN, 10, 6.55, 6.55],
      [NYMAN, 200, 0.0164, 0.328],
      [VR, 5, 68.1, 34.0],
      [VR, 50, 0.681, 3.4],
      [{ diffusivity: 5e-10, concentration: 1000, transferenceNumber: 0.4 }, 20, 7.05, 14.1],
    ];
    for (const [electrolyte, j, hours, mAhcm2] of rows) {
      const r = sandTime(j, electrolyte);
      expect((r.time as number) / 3600 / hours).toBeCloseTo(1, 2);
      expect((r.capacity as number) / 36000 / mAhcm2).toBeCloseTo(1, 2);
    }
  });

  it("inverts to the current density for a time and for a capacity", () => {
    const t = sandTime(37, VR).time as number;
    expect(sandCurrentForTime(t, VR)).toBeCloseTo(37, 10);
    const q = sandTime(37, VR).capacity as number;
    expect(sandCurrentForCapacity(q, VR)).toBeCloseTo(37, 10);
  });

  it("refuses a number below the limiting current (25 µm gap: J_lim ≈ 401 mA cm⁻²)", () => {
    const gap = { ...VR, transferenceNumber: 0.38, thickness: 25e-6 };
    const below = sandTime(50, gap);
    expect(below.applies).toBe(false);
    expect(below.time).toBeUndefined();
    expect((below.limitingCurrentDensity as number) / 10).toBeCloseTo(401, -1);
    expect(below.note).toMatch(/no Sand time/);
    const capillary = sandTime(20, { ...VR, thickness: 0.01 });
    expect(capillary.applies).toBe(true);
    expect(capillary.time).toBeGreaterThan(0);
  });

  it("compares a measured short time with t_Sand, and rejects zero current", () => {
    expect(compareWithSand(700, 100, VR).ratio).toBeCloseTo(700 / 612.5, 2);
    expect(() => sandTime(0, VR)).toThrow(/non-zero/);
    expect(() => sandTime(1, { ...VR, transferenceNumber: 1 })).toThrow(/t₊/);
  });
});
