import { isLmbError } from "@lmb/errors";
import { createRng } from "@lmb/numerics";
import { FARADAY_CONSTANT } from "@lmb/units";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyTransient } from "./classifyTransient.js";
import {
  growthConstant,
  instantaneousCurrentDensity,
  LITHIUM_MOLAR_VOLUME,
  progressiveCurrentDensity,
} from "./dimensionalTransients.js";
import { shQuantities } from "./nucleationQuantities.js";
import { reducedCurrent } from "./reducedCurves.js";
import { SH_CONSTANTS } from "./shConstants.js";

const LI_1M = { concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME };

describe("Scharifker–Hills constants and reduced curves", () => {
  it("match the recomputed constants of shared/research/theory.md §1.1 to 10 digits", () => {
    expect(SH_CONSTANTS.instantaneous.root).toBeCloseTo(1.2564312086, 9);
    expect(SH_CONSTANTS.progressive.root).toBeCloseTo(2.3366629823, 9);
    expect(SH_CONSTANTS.instantaneous.prefactor).toBeCloseTo(1.9542713245, 9);
    expect(SH_CONSTANTS.progressive.prefactor).toBeCloseTo(1.2254272652, 9);
    expect(SH_CONSTANTS.instantaneous.jm2tm).toBeCloseTo(0.162879065, 9);
    expect(SH_CONSTANTS.progressive.jm2tm).toBeCloseTo(0.2597542059, 9);
  });

  it("reproduce the (j/j_m)² test vectors (theory.md §1.1) to 5 decimals", () => {
    const x = [0.1, 0.25, 0.5, 1, 1.5, 2, 3, 5, 10];
    const inst = [0.27244, 0.56801, 0.85043, 1, 0.93714, 0.82519, 0.62172, 0.38939, 0.19543];
    const prog = [0.00654, 0.0905, 0.47974, 1, 0.80846, 0.61261, 0.40848, 0.24509, 0.12254];
    x.forEach((xi, i) => {
      expect(reducedCurrent("instantaneous", xi) ** 2).toBeCloseTo(inst[i] as number, 5);
      expect(reducedCurrent("progressive", xi) ** 2).toBeCloseTo(prog[i] as number, 5);
    });
  });

  it("peak at exactly (1, 1) and fall on both sides (property)", () => {
    for (const mode of ["instantaneous", "progressive"] as const) {
      expect(reducedCurrent(mode, 1)).toBeCloseTo(1, 14);
      fc.assert(
        fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (x) => {
          const y = reducedCurrent(mode, x);
          expect(y).toBeLessThanOrEqual(1 + 1e-12);
          expect(y).toBeGreaterThanOrEqual(0);
          // rising before the peak, falling after it
          const y2 = reducedCurrent(mode, x * 1.01);
          if (x * 1.01 < 1) expect(y2).toBeGreaterThanOrEqual(y);
          if (x > 1) expect(y2).toBeLessThanOrEqual(y);
        }),
      );
    }
    // Cottrell limit: (j/j_m)² → prefactor/x at long times.
    expect(reducedCurrent("instantaneous", 100) ** 2 * 100).toBeCloseTo(1.9542713245, 6);
  });
});

describe("dimensional transients and the quantities from (t_m, j_m)", () => {
  it("k for Li at 1 M is 0.5715 (theory.md §1)", () => {
    expect(growthConstant(LI_1M)).toBeCloseTo(0.5715, 4);
  });

  it("the worked example: j_m = 5 mA cm⁻², t_m = 2 s (theory.md §1.1)", () => {
    const q = shQuantities(50, 2, LI_1M);
    expect(q.instantaneous.diffusivity * 1e4).toBeCloseTo(3.3e-8, 9);
    expect(q.instantaneous.siteDensity * 1e-4).toBeCloseTo(1.06e7, -5);
    expect(q.progressive.diffusivity * 1e4).toBeCloseTo(2.07e-8, 9);
    expect((q.progressive.rateDensity * 1e-4) / 1e7).toBeCloseTo(2.36, 2);
    expect((q.progressive.saturationDensity * 1e-4) / 1e7).toBeCloseTo(2.74, 2);
  });

  it("recover D and N0 from the maximum of a dimensional transient (round trip)", () => {
    const D = 3e-12;
    const N0 = 2e11;
    const k = growthConstant(LI_1M);
    const tm = SH_CONSTANTS.instantaneous.root / (N0 * Math.PI * k * D);
    const jm = instantaneousCurrentDensity(tm, D, N0, LI_1M, FARADAY_CONSTANT);
    const q = shQuantities(jm, tm, LI_1M);
    expect(q.instantaneous.diffusivity / D).toBeCloseTo(1, 10);
    expect(q.instantaneous.siteDensity / N0).toBeCloseTo(1, 10);
    const AN = 5e11;
    const tmP = Math.sqrt((2 * SH_CONSTANTS.progressive.root) / (AN * Math.PI * (4 / 3) * k * D));
    const jmP = progressiveCurrentDensity(tmP, D, AN, LI_1M, FARADAY_CONSTANT);
    const qp = shQuantities(jmP, tmP, LI_1M);
    expect(qp.progressive.diffusivity / D).toBeCloseTo(1, 10);
    expect(qp.progressive.rateDensity / AN).toBeCloseTo(1, 10);
  });
});

/** A plating transient (negative current, A m⁻²) with a charging spike and 2 % noise. */
function synthetic(mode: "instantaneous" | "progressive", seed: number) {
  const rng = createRng(seed);
  const D = 3e-12 * (0.5 + rng.uniform());
  const k = growthConstant(LI_1M);
  const tmTarget = 0.5 + 4 * rng.uniform();
  const density =
    mode === "instantaneous"
      ? SH_CONSTANTS.instantaneous.root / (Math.PI * k * D * tmTarget)
      : (2 * SH_CONSTANTS.progressive.root) / (Math.PI * (4 / 3) * k * D * tmTarget ** 2);
  const model = (t: number) =>
    mode === "instantaneous"
      ? instantaneousCurrentDensity(t, D, density, LI_1M, FARADAY_CONSTANT)
      : progressiveCurrentDensity(t, D, density, LI_1M, FARADAY_CONSTANT);
  const jm = model(tmTarget);
  const n = 1500;
  const time = new Float64Array(n);
  const current = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = (8 * tmTarget * (i + 1)) / n;
    time[i] = t;
    const spike = 1.5 * jm * Math.exp(-t / (0.02 * tmTarget));
    current[i] = -(model(t) + spike + 0.02 * jm * rng.normal());
  }
  return { time, current, tm: tmTarget, jm, D, density };
}

describe("classifyTransient on seeded synthetic transients (noise + charging spike)", () => {
  for (const mode of ["instantaneous", "progressive"] as const) {
    it(`classifies ≥ 95 % of 200 ${mode} transients correctly and finds t_m, j_m within 5 %`, () => {
      let correct = 0;
      for (let seed = 1; seed <= 200; seed++) {
        const s = synthetic(mode, seed * 7919 + (mode === "instantaneous" ? 0 : 1));
        const c = classifyTransient(s.time, s.current);
        if (c.verdict === mode) correct++;
        expect(c.sign).toBe(-1);
        expect(Math.abs(c.tm / s.tm - 1)).toBeLessThan(0.05);
        expect(Math.abs(c.jm / s.jm - 1)).toBeLessThan(0.05);
      }
      expect(correct).toBeGreaterThanOrEqual(190);
    });
  }

  it("calls a transient between the curves mixed, and subtracts a Cottrell-tail baseline", () => {
    const s = synthetic("instantaneous", 11);
    const prog = synthetic("progressive", 11);
    // The geometric mean of the two reduced shapes lies between them.
    const time = Float64Array.from({ length: 1500 }, (_, i) => (8 * (i + 1)) / 1500);
    const current = time.map(
      (x) => -Math.sqrt(reducedCurrent("instantaneous", x) * reducedCurrent("progressive", x)),
    );
    expect(classifyTransient(time, current).verdict).toBe("mixed");
    const shifted = s.current.map((j) => j - 0.1 * s.jm);
    const c = classifyTransient(s.time, shifted, { baseline: "cottrell-tail" });
    // b of j = a·t^−½ + b over t ≥ 4·t_m: within 10 % of the added 0.1·j_m.
    expect(Math.abs(c.baseline / (0.1 * s.jm) - 1)).toBeLessThan(0.1);
    expect(c.verdict).toBe("instantaneous");
    expect(prog.tm).toBeGreaterThan(0);
  });

  it("rejects a transient without a maximum, non-monotonic time and sign-flipped current", () => {
    const t = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    const code = (f: () => unknown) => {
      try {
        f();
        return "none";
      } catch (error) {
        return isLmbError(error) ? error.code : "other";
      }
    };
    expect(
      code(() =>
        classifyTransient(
          t,
          t.map((x) => -1 / Math.sqrt(x)),
        ),
      ),
    ).toBe("E_NO_MAXIMUM");
    expect(
      code(() =>
        classifyTransient(
          t,
          t.map((x) => -x),
        ),
      ),
    ).toBe("E_NO_MAXIMUM");
    const back = t.slice();
    back[50] = 10;
    expect(
      code(() =>
        classifyTransient(
          back,
          t.map((x) => -x),
        ),
      ),
    ).toBe("E_NOT_MONOTONIC");
    expect(
      code(() =>
        classifyTransient(
          t,
          t.map((x) => Math.sin(x)),
        ),
      ),
    ).toBe("E_SIGN_FLIP");
  });
});
