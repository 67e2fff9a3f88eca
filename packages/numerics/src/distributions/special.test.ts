import { describe, expect, it } from "vitest";
import {
  logBeta,
  logGamma,
  logGammaLanczos,
  regularizedGammaPair,
  regularizedIncompleteBeta,
  regularizedIncompleteBetaPair,
} from "./special.js";

describe("logGamma and logBeta", () => {
  it("match exact values", () => {
    expect(logGamma(0.5)).toBeAllClose(0.5 * Math.log(Math.PI), { rtol: 1e-14 });
    expect(logGamma(5)).toBeAllClose(Math.log(24), { rtol: 1e-14 });
    expect(logGamma(1)).toBeAllClose(0, { atol: 1e-15 });
    // lnΓ(101) = ln(100!) (mpmath)
    expect(logGamma(101)).toBeAllClose(363.73937555556347, { rtol: 1e-15 });
    expect(logGammaLanczos(12)).toBeAllClose(logGamma(12), { rtol: 1e-14 });
    expect(logBeta(0.5, 0.5)).toBeAllClose(Math.log(Math.PI), { rtol: 1e-14 });
    expect(logBeta(2, 3)).toBeAllClose(Math.log(1 / 12), { rtol: 1e-14 });
  });

  it("keeps ln B(ν/2, ½) accurate for huge ν (Stirling difference form)", () => {
    // ln B(a, ½) → ½·ln π − ½·ln a + 1/(8a) for large a
    const a = 5e6;
    expect(logBeta(a, 0.5)).toBeAllClose(0.5 * Math.log(Math.PI / a) + 1 / (8 * a), {
      atol: 1e-14,
    });
    expect(logBeta(20, 30)).toBeAllClose(logGamma(20) + logGamma(30) - logGamma(50), {
      rtol: 1e-13,
    });
  });

  it("rejects non-positive arguments", () => {
    expect(() => logGamma(0)).toThrow(/E_DOMAIN/);
    expect(() => logGamma(-1)).toThrow(/E_DOMAIN/);
  });
});

describe("regularizedIncompleteBeta", () => {
  it("matches closed forms", () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeAllClose(0.3, { rtol: 1e-14 });
    // I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b
    expect(regularizedIncompleteBeta(0.7, 3.5, 1)).toBeAllClose(0.7 ** 3.5, { rtol: 1e-14 });
    expect(regularizedIncompleteBeta(0.2, 1, 4)).toBeAllClose(1 - 0.8 ** 4, { rtol: 1e-14 });
    expect(regularizedIncompleteBetaPair(0.5, 2, 2)).toBeAllClose([0.5, 0.5], { rtol: 1e-14 });
    expect(regularizedIncompleteBetaPair(0, 2, 2)).toEqual([0, 1]);
    expect(regularizedIncompleteBetaPair(1, 2, 2)).toEqual([1, 0]);
    // mpmath betainc(2.5, 7, 0, 0.4, regularized=True)
    expect(regularizedIncompleteBeta(0.4, 2.5, 7)).toBeAllClose(0.8356730761774063, {
      rtol: 1e-13,
    });
  });

  it("rejects x outside [0, 1]", () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(/E_DOMAIN/);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(/E_DOMAIN/);
  });
});

describe("regularizedGammaPair", () => {
  it("matches closed forms P(1, x) = 1 − e^−x and Q(½, x²) = erfc(x)", () => {
    expect(regularizedGammaPair(1, 1)).toBeAllClose([1 - Math.exp(-1), Math.exp(-1)], {
      rtol: 1e-14,
    });
    expect(regularizedGammaPair(1, 0.1)).toBeAllClose([-Math.expm1(-0.1), Math.exp(-0.1)], {
      rtol: 1e-14,
    });
    // erfc(3) (mpmath)
    expect(regularizedGammaPair(0.5, 9)[1]).toBeAllClose(0.00002209049699858544, { rtol: 1e-13 });
  });
});
