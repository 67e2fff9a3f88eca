import { describe, expect, it } from "vitest";
import { DrtResultSchema } from "../../../schemas/src/impedance/drtResultSchema.js";
import {
  logFrequencies,
  type SyntheticBlock,
  seriesSpectrum,
  zarcDistribution,
} from "../kk/syntheticSpectra.fixture.js";
import { type DrtOptions, drt } from "./drt.js";
import type { DrtResult } from "./drtResult.js";

// 91 points, 1 MHz → 1 mHz (10 per decade): every process sits ≥ 2 decades inside the window.
const F = logFrequencies(1e6, 1e-3, 91);

interface Process {
  r: number;
  tau: number;
}

/**
 * Stated tolerances: each process appears as a peak carrying ≥ 5 % of R_pol at
 * |ln(τ_peak/τ)| < 0.1 (≈ 10 % in τ) with resistance within 5 %; R∞ within 1 % (3 % for the
 * imaginary-only fit, where R∞ comes from the mean real residual); R_pol within 2 %.
 */
function expectProcesses(
  result: DrtResult,
  r0: number,
  processes: Process[],
  imaginaryOnly = false,
): void {
  const total = processes.reduce((s, p) => s + p.r, 0);
  const major = result.peaks.filter((p) => p.resistance > 0.05 * result.polarizationResistance);
  expect(major).toHaveLength(processes.length);
  processes.forEach((process, k) => {
    const peak = major[k] as DrtResult["peaks"][number];
    expect(Math.abs(Math.log(peak.tau / process.tau))).toBeLessThan(0.1);
    expect(peak.resistance).toBeAllClose(process.r, { rtol: 0.05 });
  });
  expect(result.seriesResistance).toBeAllClose(r0, { rtol: imaginaryOnly ? 0.03 : 0.01 });
  expect(result.polarizationResistance).toBeAllClose(total, { rtol: 0.02 });
  expect(result.statistics.rmsResidualPercent).toBeLessThan(1);
}

const CASES: [string, SyntheticBlock[], Process[]][] = [
  [
    "one R‖C (R = 20 Ω, τ = 1 ms)",
    [
      { kind: "R", r: 10 },
      { kind: "RC", r: 20, tau: 1e-3 },
    ],
    [{ r: 20, tau: 1e-3 }],
  ],
  [
    "two R‖C (20 Ω at 0.1 ms, 50 Ω at 0.1 s)",
    [
      { kind: "R", r: 10 },
      { kind: "RC", r: 20, tau: 1e-4 },
      { kind: "RC", r: 50, tau: 1e-1 },
    ],
    [
      { r: 20, tau: 1e-4 },
      { r: 50, tau: 1e-1 },
    ],
  ],
  [
    "one ZARC (30 Ω, τ = 10 ms, φ = 0.8)",
    [
      { kind: "R", r: 10 },
      { kind: "ZARC", r: 30, tau: 1e-2, phi: 0.8 },
    ],
    [{ r: 30, tau: 1e-2 }],
  ],
  [
    "two ZARC + L (20 Ω φ 0.9 at 0.1 ms, 50 Ω φ 0.8 at 0.1 s, L = 0.1 µH)",
    [
      { kind: "R", r: 10 },
      { kind: "L", l: 1e-7 },
      { kind: "ZARC", r: 20, tau: 1e-4, phi: 0.9 },
      { kind: "ZARC", r: 50, tau: 1e-1, phi: 0.8 },
    ],
    [
      { r: 20, tau: 1e-4 },
      { r: 50, tau: 1e-1 },
    ],
  ],
];

describe("drt — synthetic spectra of known elements (0.1 % noise, λ by mGCV)", () => {
  it.each(CASES)("%s, Re and Im", (_, blocks, processes) => {
    const result = drt(seriesSpectrum(blocks, F, 1e-3, 1), { plots: false });
    expectProcesses(result, 10, processes);
    expect(result.regularization.selection).toBe("mgcv");
  });

  it.each(CASES)("%s, Im only", (_, blocks, processes) => {
    const result = drt(seriesSpectrum(blocks, F, 1e-3, 1), { dataUsed: "imaginary", plots: false });
    expectProcesses(result, 10, processes, true);
  });

  it("mGCV resolves both ZARCs of a two-ZARC spectrum within tolerance in ≥ 9 of 10 noise realisations", () => {
    let good = 0;
    for (let seed = 11; seed <= 20; seed++) {
      const r = drt(seriesSpectrum(CASES[3]?.[1] as SyntheticBlock[], F, 1e-3, seed), {
        plots: false,
      });
      const major = r.peaks.filter((p) => p.resistance > 0.05 * r.polarizationResistance);
      const ok =
        major.length === 2 &&
        [20, 50].every((R, k) => Math.abs((major[k]?.resistance as number) / R - 1) < 0.05) &&
        [1e-4, 1e-1].every((t, k) => Math.abs(Math.log((major[k]?.tau as number) / t)) < 0.1);
      if (ok) good++;
    }
    expect(good).toBeGreaterThanOrEqual(9);
  });

  it("recovers the series inductance (0.1 µH within 5 %)", () => {
    const result = drt(seriesSpectrum(CASES[3]?.[1] as SyntheticBlock[], F, 1e-3, 1), {
      plots: false,
    });
    expect(result.inductance).toBeAllClose(1e-7, { rtol: 0.05 });
  });

  it("a ZARC's γ follows the exact Fuoss–Kirkwood distribution (within 2 % of the peak noise-free, 8 % at 0.1 % noise)", () => {
    for (const [noise, tol] of [
      [0, 0.02],
      [1e-3, 0.08],
    ] as const) {
      const result = drt(seriesSpectrum(CASES[2]?.[1] as SyntheticBlock[], F, noise, 1), {
        plots: false,
      });
      const peak = zarcDistribution(30, 1e-2, 0.8, 1e-2);
      result.tau.forEach((t, i) => {
        if (t < 1e-5 || t > 10) return;
        expect(
          Math.abs((result.gamma[i] as number) - zarcDistribution(30, 1e-2, 0.8, t)),
        ).toBeLessThan(tol * peak);
      });
    }
  });
});

describe("drt — regularisation parameter", () => {
  const blocks = CASES[3]?.[1] as SyntheticBlock[];

  it("mGCV picks a λ inside the range for noisy data and more smoothing for more noise", () => {
    const quiet = drt(seriesSpectrum(blocks, F, 1e-3, 1), { plots: false });
    const noisy = drt(seriesSpectrum(blocks, F, 1e-2, 1), { plots: false });
    for (const r of [quiet, noisy]) {
      expect(r.warnings.map((w) => w.code)).not.toContain("W_LAMBDA_AT_BOUND");
      expect(r.regularization.lambda).toBeGreaterThan(1e-7);
      expect(r.regularization.lambda).toBeLessThan(1);
    }
    expect(noisy.regularization.lambda).toBeGreaterThan(3 * quiet.regularization.lambda);
    expect(quiet.regularization.effectiveParameters).toBeGreaterThan(
      noisy.regularization.effectiveParameters as number,
    );
  });

  it("plain GCV is available and smooths less than mGCV", () => {
    const data = seriesSpectrum(blocks, F, 1e-3, 1);
    const gcv = drt(data, { lambdaSelection: "gcv", plots: false });
    const mgcv = drt(data, { plots: false });
    expect(gcv.regularization.selection).toBe("gcv");
    expect(gcv.regularization.lambda).toBeLessThan(mgcv.regularization.lambda);
  });

  it("noise-free data drive (m)GCV to the lower bound, with W_LAMBDA_AT_BOUND", () => {
    const r = drt(seriesSpectrum(blocks, F), { plots: false });
    expect(r.regularization.lambda).toBeAllClose(1e-7, { rtol: 1e-6 });
    expect(r.warnings.map((w) => w.code)).toContain("W_LAMBDA_AT_BOUND");
  });

  it("a given λ overrides GCV; larger λ smooths γ (lower peak)", () => {
    const data = seriesSpectrum(blocks, F, 1e-3, 1);
    const weak = drt(data, { lambda: 1e-5, plots: false });
    const strong = drt(data, { lambda: 1e-1, plots: false });
    expect(weak.regularization).toEqual({ lambda: 1e-5, selection: "given", derivativeOrder: 1 });
    expect(Math.max(...strong.gamma)).toBeLessThan(Math.max(...weak.gamma));
  });

  it("options: 2nd-derivative penalty, modulus weighting, no inductance all still find both processes", () => {
    const data = seriesSpectrum(
      [
        { kind: "R", r: 10 },
        { kind: "ZARC", r: 20, tau: 1e-4, phi: 0.9 },
        { kind: "ZARC", r: 50, tau: 1e-1, phi: 0.8 },
      ],
      F,
      1e-3,
      3,
    );
    for (const options of [
      { derivativeOrder: 2 },
      { weighting: "modulus" },
      { fitInductance: false },
    ] as DrtOptions[]) {
      const r = drt(data, { ...options, plots: false });
      expectProcesses(r, 10, [
        { r: 20, tau: 1e-4 },
        { r: 50, tau: 1e-1 },
      ]);
    }
  });
});

describe("drt — output", () => {
  it("matches DrtResultSchema and carries a log-τ plot with the peaks marked", () => {
    const result = drt(seriesSpectrum(CASES[1]?.[1] as SyntheticBlock[], F, 1e-3, 1));
    expect(() => DrtResultSchema.parse(result)).not.toThrow();
    const spec = result.plots?.drt as {
      $schema: string;
      layer: { data: { values: unknown[] }; encoding: { x: { scale: { type: string } } } }[];
    };
    expect(spec.$schema).toMatch(/vega-lite\/v5/);
    expect(spec.layer[0]?.data.values).toHaveLength(result.tau.length);
    expect(spec.layer[0]?.encoding.x.scale.type).toBe("log");
    expect(spec.layer[1]?.data.values).toHaveLength(result.peaks.length);
    expect(result.tau).toHaveLength(910);
    expect(result.tau[0]).toBeAllClose(1e-6 / Math.sqrt(10), { rtol: 1e-12 });
    expect(result.peaks[0]?.frequency).toBeAllClose(
      1 / (2 * Math.PI * (result.peaks[0]?.tau as number)),
      { rtol: 1e-14 },
    );
  });
});

describe("drt — bad input", () => {
  const good = seriesSpectrum(CASES[0]?.[1] as SyntheticBlock[], logFrequencies(1e4, 1, 9));

  it("NaN, f ≤ 0 throw E_INVALID_INPUT naming the point", () => {
    const nan = {
      ...good,
      zReal: Float64Array.from(good.zReal, (v, i) => (i === 4 ? Number.NaN : v)),
    };
    expect(() => drt(nan)).toThrow(/E_INVALID_INPUT: zReal\[4\] is NaN.*Fix:/);
    const negative = {
      ...good,
      frequency: Float64Array.from(good.frequency, (v, i) => (i === 1 ? -v : v)),
    };
    expect(() => drt(negative)).toThrow(/E_INVALID_INPUT: frequency\[1\].*must be positive/);
  });

  it("fewer than 5 points or one frequency throw E_INSUFFICIENT_DATA with the fix", () => {
    const four = { frequency: [1000, 100, 10, 1], zReal: [1, 2, 3, 4], zImag: [-1, -1, -1, -1] };
    expect(() => drt(four)).toThrow(
      /E_INSUFFICIENT_DATA: 4 points are too few.*Fix: measure at least 5/,
    );
    const flat = {
      frequency: [5, 5, 5, 5, 5],
      zReal: [1, 1, 1, 1, 1],
      zImag: [-1, -1, -1, -1, -1],
    };
    expect(() => drt(flat)).toThrow(/E_INSUFFICIENT_DATA: all 5 points are at one frequency/);
  });

  it("bad options throw E_INVALID_INPUT with the fix", () => {
    expect(() => drt(good, { lambda: 0 })).toThrow(/lambda is 0.*omit it to choose λ by GCV/);
    expect(() => drt(good, { lambdaRange: [1, 1e-3] })).toThrow(/lambdaRange/);
    expect(() => drt(good, { derivativeOrder: 3 as never })).toThrow(/derivativeOrder 3/);
    expect(() => drt(good, { dataUsed: "real" as never })).toThrow(/dataUsed "real"/);
    expect(() => drt(good, { tauCount: 2 })).toThrow(/tauCount is 2/);
  });
});
