import { describe, expect, it } from "vitest";
import { normalCdf, normalPdf, normalQuantile } from "./normal.js";

// mpmath 1.3 (√2·erfinv(2p − 1) at 40 digits).
const QUANTILES: [p: number, z: number][] = [
  [0.975, 1.9599639845400538],
  [0.001, -3.0902323061678136],
  [1e-10, -6.361340902404057],
  [0.9, 1.2815515655446006],
  [0.3, -0.5244005127080408],
];

describe("normalQuantile (Wichura AS 241)", () => {
  it.each(QUANTILES)("Φ⁻¹(%d) matches mpmath to 1e-15", (p, z) => {
    expect(normalQuantile(p)).toBeAllClose(z, { rtol: 1e-15 });
  });

  it("is 0 at ½, ±∞ at 0 and 1, and rejects p outside [0, 1]", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(-0.1)).toThrow(/E_DOMAIN/);
    expect(() => normalQuantile(Number.NaN)).toThrow(/E_DOMAIN/);
  });

  it("round-trips through normalCdf from 1e-300 to 1 − 1e-16", () => {
    for (const p of [1e-300, 1e-100, 1e-20, 1e-5, 0.07, 0.2, 0.5, 0.77, 0.93, 0.9999]) {
      expect(normalCdf(normalQuantile(p))).toBeAllClose(p, { rtol: 1e-12 });
    }
  });
});

describe("normalCdf and normalPdf", () => {
  it("match known values", () => {
    expect(normalCdf(0)).toBe(0.5);
    // mpmath: ncdf(-1) and ncdf(-10)
    expect(normalCdf(-1)).toBeAllClose(0.15865525393145705, { rtol: 1e-14 });
    expect(normalCdf(-10)).toBeAllClose(7.619853024160525e-24, { rtol: 1e-13 });
    expect(normalPdf(0)).toBeAllClose(1 / Math.sqrt(2 * Math.PI), { rtol: 1e-15 });
  });
});
