import { describe, expect, it } from "vitest";
import { pyDrtToolsData } from "../kk/referenceSpectra.fixture.js";
import { findDrtPeaks } from "./drtPeaks.js";
import {
  gaussianDiscretisation,
  gaussianExpansion,
  gaussianPenalty,
  gaussianShapeFactor,
} from "./gaussianRbf.js";

/** Trapezoidal ∫ f over [a, b] with n steps. */
function integrate(f: (y: number) => number, a: number, b: number, n = 20000): number {
  const h = (b - a) / n;
  let s = 0.5 * (f(a) + f(b));
  for (let i = 1; i < n; i++) s += f(a + i * h);
  return s * h;
}

describe("Gaussian RBF discretisation (Wan et al. 2015)", () => {
  it("shape factor: FWHM = Δ/c, ε = c·2√ln2/Δ (pyDRTtools compute_epsilon)", () => {
    const eps = gaussianShapeFactor(Math.LN10 / 10, 0.5);
    expect(eps).toBeAllClose((0.5 * 2 * Math.sqrt(Math.LN2)) / (Math.LN10 / 10), { rtol: 1e-15 });
    // φ(FWHM/2) = 1/2
    const halfWidth = Math.LN10 / 10 / 0.5 / 2;
    expect(Math.exp(-((eps * halfWidth) ** 2))).toBeAllClose(0.5, { rtol: 1e-14 });
  });

  it("A′, A″ match scipy.integrate.quad of pyDRTtools' g_i/g_ii on LIB_data.txt (τ = 1/f)", () => {
    // Reference: numpy/scipy replication of pyDRTtools basics.g_i / g_ii (quad over [−50, 50],
    // epsabs = epsrel = 1e-9) for LIB_data.txt, run locally; ε = 7.2307396803697825.
    const data = pyDrtToolsData("LIB_data.txt");
    const f = Array.from(data.frequency);
    const n = f.length;
    const delta = Math.log((f[0] as number) / (f[n - 1] as number)) / (n - 1);
    const eps = gaussianShapeFactor(delta, 0.5);
    expect(eps).toBeAllClose(7.2307396803697825, { rtol: 1e-6 });
    const { real, imag } = gaussianDiscretisation(
      f.map((v) => 2 * Math.PI * v),
      f.map((v) => 1 / v),
      7.2307396803697825,
    );
    const mid = n >> 1;
    expect(real[0]).toBeAllClose(0.006163871180140334, { atol: 1e-12 });
    expect(real[mid * n + mid]).toBeAllClose(0.006163871180140334, { atol: 1e-12 });
    expect(imag[mid * n + mid]).toBeAllClose(-0.0381960204255145, { atol: 1e-12 });
    expect(imag[5]).toBeAllClose(-0.021882608745356222, { atol: 1e-12 });
    expect(real[5 * n]).toBeAllClose(0.01842099687174716, { atol: 1e-12 });
  });

  it("limits: ωτ ≪ 1 gives A′ = √π/ε (the RBF's area), A″ → 0; ωτ ≫ 1 gives A′, A″ → 0", () => {
    const eps = 3;
    const { real, imag } = gaussianDiscretisation([1e-6, 1e6], [1], eps);
    expect(real[0]).toBeAllClose(Math.sqrt(Math.PI) / eps, { rtol: 1e-10 });
    expect(Math.abs(imag[0] as number)).toBeLessThan(1e-5);
    expect(Math.abs(real[1] as number)).toBeLessThan(1e-10);
    expect(Math.abs(imag[1] as number)).toBeLessThan(1e-5);
  });

  it("matches direct quadrature for a coarse basis (ε = 0.4, the step-capped branch)", () => {
    const eps = 0.4;
    const alpha = 2.7;
    const { real, imag } = gaussianDiscretisation([alpha], [1], eps);
    const phi = (y: number): number => Math.exp(-((eps * y) ** 2));
    const re = integrate((y) => phi(y) / (1 + alpha * alpha * Math.exp(2 * y)), -60, 60, 200000);
    const im = -integrate(
      (y) => (phi(y) * alpha * Math.exp(y)) / (1 + alpha * alpha * Math.exp(2 * y)),
      -60,
      60,
      200000,
    );
    expect(real[0]).toBeAllClose(re, { rtol: 1e-9 });
    expect(imag[0]).toBeAllClose(im, { rtol: 1e-9 });
  });

  it("penalty: closed forms equal ∫φ_n^(k)φ_m^(k) dy for k = 1, 2", () => {
    const eps = 2.5;
    const y = [0, 0.3, 1.1];
    const d1 = (c: number) => (t: number) =>
      -2 * eps * eps * (t - c) * Math.exp(-((eps * (t - c)) ** 2));
    const d2 = (c: number) => (t: number) =>
      (4 * eps ** 4 * (t - c) ** 2 - 2 * eps * eps) * Math.exp(-((eps * (t - c)) ** 2));
    for (const [order, deriv] of [
      [1, d1],
      [2, d2],
    ] as const) {
      const p = gaussianPenalty(y, eps, order);
      for (let r = 0; r < 3; r++) {
        for (let c = 0; c < 3; c++) {
          const fr = deriv(y[r] as number);
          const fc = deriv(y[c] as number);
          const exact = integrate((t) => fr(t) * fc(t), -8, 10);
          expect(p[r * 3 + c]).toBeAllClose(exact, { rtol: 1e-8, atol: 1e-10 });
        }
      }
    }
  });

  it("expansion: ∫γ d ln τ = Σx_m·√π/ε", () => {
    const centres = [1e-3, 1e-2, 1e-1];
    const x = [1, 0.5, 2];
    const eps = 2;
    const tau = Float64Array.from({ length: 4001 }, (_, i) => 1e-7 * 10 ** (i / 400));
    const gamma = gaussianExpansion(x, centres, eps, tau);
    let area = 0;
    for (let i = 1; i < tau.length; i++) {
      area +=
        0.5 *
        ((gamma[i] as number) + (gamma[i - 1] as number)) *
        Math.log((tau[i] as number) / (tau[i - 1] as number));
    }
    expect(area).toBeAllClose((3.5 * Math.sqrt(Math.PI)) / eps, { rtol: 1e-10 });
  });
});

describe("findDrtPeaks", () => {
  it("two separated Gaussians: positions, heights and areas; a small ripple is ignored", () => {
    const tau = Float64Array.from({ length: 801 }, (_, i) => 1e-6 * 10 ** (i / 100));
    const g = (t: number, c: number, h: number, w: number) =>
      h * Math.exp(-((Math.log(t / c) / w) ** 2));
    const gamma = Float64Array.from(
      tau,
      (t) => g(t, 1e-4, 10, 0.5) + g(t, 1e-1, 4, 0.8) + g(t, 2e-1 * 3, 0.15, 0.1),
    );
    const peaks = findDrtPeaks(tau, gamma, 0.05);
    expect(peaks).toHaveLength(2);
    expect(peaks[0]?.tau).toBeAllClose(1e-4, { rtol: 1e-4 });
    expect(peaks[0]?.gamma).toBeAllClose(10, { rtol: 1e-5 });
    expect(peaks[0]?.frequency).toBeAllClose(1 / (2 * Math.PI * 1e-4), { rtol: 1e-4 });
    expect(peaks[0]?.resistance).toBeAllClose(10 * 0.5 * Math.sqrt(Math.PI), { rtol: 1e-4 });
    expect(peaks[1]?.resistance).toBeAllClose(
      4 * 0.8 * Math.sqrt(Math.PI) + 0.15 * 0.1 * Math.sqrt(Math.PI),
      { rtol: 1e-3 },
    );
    // With no prominence cut the ripple counts as a third peak.
    expect(findDrtPeaks(tau, gamma, 0)).toHaveLength(3);
    expect(findDrtPeaks(tau, new Float64Array(tau.length), 0.05)).toEqual([]);
  });
});
