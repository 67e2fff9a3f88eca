// Test fixtures (not published): exact impedance of simple series circuits, with seeded noise, for
// the Lin-KK and DRT tests. Written out here (not through the circuit language) so that these
// tests check the validation methods against textbook formulas only.
import { createRng } from "@lmb/numerics";
import type { ImpedanceData } from "../fit/impedanceData.js";

/** One block of a series circuit (SI units: Ω, s, H, F). */
export type SyntheticBlock =
  | { kind: "R"; r: number }
  | { kind: "RC"; r: number; tau: number }
  | { kind: "ZARC"; r: number; tau: number; phi: number }
  | { kind: "Wo"; r: number; tau: number }
  | { kind: "Ws"; r: number; tau: number }
  | { kind: "Randles"; rct: number; cdl: number; warburg: SyntheticBlock }
  | { kind: "L"; l: number }
  | { kind: "C"; c: number };

/** Log-spaced frequencies (Hz) from `high` down to `low`, `count` points. */
export function logFrequencies(high: number, low: number, count: number): Float64Array {
  const decades = Math.log10(high / low);
  return Float64Array.from(
    { length: count },
    (_, i) => high * 10 ** ((-decades * i) / (count - 1)),
  );
}

/** Z(ω) of one block. */
export function blockImpedance(block: SyntheticBlock, omega: number): [number, number] {
  switch (block.kind) {
    case "R":
      return [block.r, 0];
    case "RC": {
      const wt = omega * block.tau;
      return [block.r / (1 + wt * wt), (-block.r * wt) / (1 + wt * wt)];
    }
    case "ZARC": {
      // R/(1 + (jωτ)^φ)
      const p = (omega * block.tau) ** block.phi;
      const a = 1 + p * Math.cos((block.phi * Math.PI) / 2);
      const b = p * Math.sin((block.phi * Math.PI) / 2);
      const d = a * a + b * b;
      return [(block.r * a) / d, (-block.r * b) / d];
    }
    case "Wo": {
      // R·coth(√(jωτ))/√(jωτ), coth z = (1 + e^(−2z))/(1 − e^(−2z)) (no overflow).
      const u = Math.sqrt((omega * block.tau) / 2); // z = u + ju
      const e = Math.exp(-2 * u);
      const wr = e * Math.cos(2 * u);
      const wi = -e * Math.sin(2 * u);
      const nr = 1 + wr;
      const ni = wi;
      const dr = 1 - wr;
      const di = -wi;
      const dd = dr * dr + di * di;
      const cr = (nr * dr + ni * di) / dd;
      const ci = (ni * dr - nr * di) / dd;
      // divide by z = u(1 + j): (cr + j ci)(1 − j)/(2u)
      return [(block.r * (cr + ci)) / (2 * u), (block.r * (ci - cr)) / (2 * u)];
    }
    case "Ws": {
      // R·tanh(√(jωτ))/√(jωτ), tanh z = (1 − e^(−2z))/(1 + e^(−2z)).
      const u = Math.sqrt((omega * block.tau) / 2);
      const e = Math.exp(-2 * u);
      const wr = e * Math.cos(2 * u);
      const wi = -e * Math.sin(2 * u);
      const [tr, ti] = divide(1 - wr, -wi, 1 + wr, wi);
      return [(block.r * (tr + ti)) / (2 * u), (block.r * (ti - tr)) / (2 * u)];
    }
    case "Randles": {
      // p(Rct − W, Cdl) = 1/(jωC + 1/(Rct + Z_W))
      const [wr, wi] = blockImpedance(block.warburg, omega);
      const [yr, yi] = divide(1, 0, block.rct + wr, wi);
      return divide(1, 0, yr, yi + omega * block.cdl);
    }
    case "L":
      return [0, omega * block.l];
    case "C":
      return [0, -1 / (omega * block.c)];
  }
}

function divide(ar: number, ai: number, br: number, bi: number): [number, number] {
  const d = br * br + bi * bi;
  return [(ar * br + ai * bi) / d, (ai * br - ar * bi) / d];
}

/**
 * The spectrum of blocks in series at `frequency`, plus Gaussian noise of standard deviation
 * `relativeNoise`·|Z| on each part (seeded).
 */
export function seriesSpectrum(
  blocks: readonly SyntheticBlock[],
  frequency: Float64Array,
  relativeNoise = 0,
  seed = 1,
): ImpedanceData {
  const rng = createRng(seed);
  const zReal = new Float64Array(frequency.length);
  const zImag = new Float64Array(frequency.length);
  frequency.forEach((f, i) => {
    const omega = 2 * Math.PI * f;
    let re = 0;
    let im = 0;
    for (const block of blocks) {
      const [r, x] = blockImpedance(block, omega);
      re += r;
      im += x;
    }
    const m = Math.hypot(re, im);
    zReal[i] = re + relativeNoise * m * rng.normal();
    zImag[i] = im + relativeNoise * m * rng.normal();
  });
  return { frequency, zReal, zImag };
}

/**
 * The exact DRT of a ZARC R/(1 + (jωτ₀)^φ) (Fuoss–Kirkwood):
 * γ(ln τ) = (R/2π)·sin((1−φ)π)/(cosh(φ·ln(τ/τ₀)) − cos((1−φ)π)), Ω per unit ln τ.
 */
export function zarcDistribution(r: number, tau0: number, phi: number, tau: number): number {
  const s = Math.sin((1 - phi) * Math.PI);
  return (
    ((r / (2 * Math.PI)) * s) /
    (Math.cosh(phi * Math.log(tau / tau0)) - Math.cos((1 - phi) * Math.PI))
  );
}
