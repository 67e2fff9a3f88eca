import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "./normal.js";
import { studentTCdf, studentTPdf, studentTQuantile } from "./student-t.js";

// Reference values: mpmath 1.3 at 40 digits (betainc + findroot), rounded to 18 digits.
const QUANTILES: [p: number, dof: number, t: number][] = [
  [0.975, 1, 12.706204736174694],
  [0.975, 2, 4.302652729749462],
  [0.975, 3, 3.1824463052837086],
  [0.975, 10, 2.2281388519862744],
  [0.975, 30, 2.0422724563012378],
  [0.995, 5, 4.032142983555227],
  [0.95, 4, 2.1318467863266495],
  [0.9995, 3, 12.923978636687965],
  [0.975, 100, 1.9839715185235518],
  [0.975, 1000, 1.962339080826408],
  [0.975, 1e5, 1.9599877075346093],
  [0.975, 1e7, 1.959964221767205],
  [0.025, 10, -2.228138851986275],
  [0.841344746, 2.5, 1.2443154404703134],
  [0.9999, 1.5, 242.2640988465241],
  [0.999999, 12, 8.504302718031097],
  [0.99, 25.5, 2.481801113291416],
];

describe("studentTQuantile", () => {
  it.each(QUANTILES)("p=%d, dof=%d matches mpmath to 1e-12", (p, dof, t) => {
    expect(studentTQuantile(p, dof)).toBeAllClose(t, { rtol: 1e-12 });
  });

  it("matches printed tables (8 decimals, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2)", () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.70620474],
      [0.975, 2, 4.30265273],
      [0.975, 10, 2.22813885],
      [0.975, 30, 2.04227246],
      [0.995, 5, 4.03214298],
    ];
    for (const [p, dof, t] of table)
      expect(studentTQuantile(p, dof)).toBeAllClose(t, { atol: 5e-9 });
    expect(studentTQuantile(0.975, 1e7)).toBeAllClose(1.959964, { atol: 5e-7 });
  });

  it("is antisymmetric, 0 at p = ½, ±∞ at the ends and normal at dof = ∞", () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0, 7)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1, 7)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0.1, 7)).toBeAllClose(-studentTQuantile(0.9, 7), { rtol: 1e-14 });
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBe(normalQuantile(0.975));
    expect(studentTQuantile(0.975, 1e12)).toBeAllClose(normalQuantile(0.975), { rtol: 1e-11 });
  });

  it("inverts studentTCdf over a grid of p and dof, including tails and non-integer dof", () => {
    for (const dof of [0.3, 0.7, 1, 1.5, 2, 3, 4.5, 9, 17, 60, 400, 5e3, 9e4, 2e5, 3e6]) {
      for (const p of [1e-12, 1e-6, 0.001, 0.02, 0.3, 0.49, 0.51, 0.8, 0.975, 0.999]) {
        const t = studentTQuantile(p, dof);
        const back = studentTCdf(t, dof);
        expect(back).toBeAllClose(p, { rtol: 1e-11 });
      }
    }
  });

  it("rejects bad p and dof with E_DOMAIN", () => {
    expect(() => studentTQuantile(1.2, 3)).toThrow(/E_DOMAIN/);
    expect(() => studentTQuantile(Number.NaN, 3)).toThrow(/E_DOMAIN/);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/E_DOMAIN/);
    expect(() => studentTQuantile(0.9, Number.NaN)).toThrow(/E_DOMAIN/);
  });
});

describe("studentTCdf and studentTPdf", () => {
  // mpmath 1.3, 40 digits.
  const CDF: [t: number, dof: number, p: number][] = [
    [-2, 3, 0.0696629842794216],
    [1.5, 7, 0.911350756505015],
    [-10, 4, 0.00028100181135799556],
    [-40, 2.5, 0.00007097817145246691],
    [0.3, 1e4, 0.6179083043853338],
    [-3, 1e6, 0.0013499312707108985],
    [-8, 20, 5.828314135744261e-8],
  ];
  it.each(CDF)("cdf(%d; dof=%d) matches mpmath to 1e-12", (t, dof, p) => {
    expect(studentTCdf(t, dof)).toBeAllClose(p, { rtol: 1e-12 });
  });

  it("is the Cauchy distribution at dof = 1 and the normal one as dof → ∞", () => {
    expect(studentTCdf(1, 1)).toBeAllClose(0.75, { rtol: 1e-14 });
    expect(studentTPdf(0, 1)).toBeAllClose(1 / Math.PI, { rtol: 1e-14 });
    expect(studentTCdf(-1.3, 1e9)).toBeAllClose(normalCdf(-1.3), { rtol: 1e-8 });
    expect(studentTCdf(0.4, Number.POSITIVE_INFINITY)).toBe(normalCdf(0.4));
  });

  it("has a density that integrates to the CDF (Simpson on [−1, 2], dof = 4)", () => {
    const n = 2000;
    const h = 3 / n;
    let sum = studentTPdf(-1, 4) + studentTPdf(2, 4);
    for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * studentTPdf(-1 + i * h, 4);
    expect((sum * h) / 3).toBeAllClose(studentTCdf(2, 4) - studentTCdf(-1, 4), { rtol: 1e-12 });
  });
});
