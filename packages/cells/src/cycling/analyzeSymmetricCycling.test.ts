import { createRng } from "@lmb/numerics";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { analyzeSymmetricCycling } from "./analyzeSymmetricCycling.js";
import { criticalCurrentDensity } from "./criticalCurrentDensity.js";
import { rateTestKinetics } from "./rateTest.js";
import { buildTrace, symmetricBlocks, type TraceBlock } from "./testing/traceBuilder.js";

// Synthetic Li‖Li traces with known parameters (test-only generator in ./testing). 1.13 cm²
// electrodes, 1 mA cm⁻² (= 10 A m⁻²) for 1 h per half cycle (1 mAh cm⁻²), sampled every 10 s.
const AREA = 1.13e-4;
const I1 = 1.13e-3;
const HOUR = 3600;
const DT = 10;

/** η of cycle c: 20 mV growing by 0.2 mV per cycle. */
const etaOf = (c: number) => 0.02 + 0.0002 * c;

describe("analyzeSymmetricCycling: overpotentials of a synthetic Li‖Li trace", () => {
  const rng = createRng(7);
  // Flat plateaus with ±0.1 mV noise; the first plating has a nucleation spike 3η decaying over 1 %.
  const blocks = symmetricBlocks(50, I1, HOUR, (c, u, h) => {
    const noise = 1e-4 * (2 * rng.uniform() - 1);
    return etaOf(c) * (h === 0 ? 1 + 2 * Math.exp(-u / 0.01) : 1) + noise;
  });
  const r = analyzeSymmetricCycling(buildTrace(blocks, DT, { area: AREA }));

  it("per half cycle and per cycle: plateau η within 2 % of the generator's, hysteresis = 2η", () => {
    expect(r.halfCycles).toHaveLength(100);
    expect(r.cycles).toHaveLength(50);
    expect(r.halfCycles.map((h) => h.plateau)).toBeAllClose(
      r.halfCycles.map((h) => etaOf(h.cycle)),
      { rtol: 0.02 },
    );
    expect(r.halfCycles.map((h) => h.meanOverpotential)).toBeAllClose(
      r.halfCycles.map((h) => etaOf(h.cycle)),
      { rtol: 0.02 },
    );
    expect(r.cycles.map((c) => c.hysteresis)).toBeAllClose(
      r.cycles.map((c) => 2 * etaOf(c.cycle)),
      { rtol: 0.02 },
    );
    expect(r.cycles[49]?.platingPlateau).toBeAllClose(etaOf(49), { rtol: 0.02 });
    expect(r.cycles[49]?.strippingPlateau).toBeAllClose(etaOf(49), { rtol: 0.02 });
  });

  it("apparent ASR = η/j: 20 mV / 1 mA cm⁻² = 20 Ω cm² = 2e-3 Ω m²; cumulative capacity and time", () => {
    expect(r.cycles[0]?.areaSpecificResistance).toBeAllClose(2e-3, { rtol: 0.02 });
    expect(r.halfCycles[1]?.resistance).toBeAllClose(0.02 / I1, { rtol: 0.02 });
    expect(r.cycles[9]?.cumulativeArealCapacity).toBeAllClose(20 * 36000, { rtol: 1e-9 });
    expect(r.cycles[9]?.elapsed).toBeAllClose(20 * HOUR, { rtol: 1e-9 });
  });

  it("nucleation overpotential of the first plating (via @lmb/nucleation): 3η tip − η plateau = 40 mV", () => {
    expect(r.nucleation?.tip).toBeAllClose(0.06, { rtol: 0.02 });
    expect(r.nucleation?.plateau).toBeAllClose(0.02, { rtol: 0.02 });
    expect(r.nucleation?.nucleation).toBeAllClose(0.04, { rtol: 0.02 });
    expect(r.halfCycles[0]?.shape).toBe("peaking");
    expect(r.halfCycles[0]?.peak).toBeAllClose(0.06, { rtol: 0.02 });
  });

  it("a healthy cell: no failure events", () => {
    expect(r.failures.first).toBeNull();
    expect(r.failures.softShortCount).toBe(0);
    expect(r.failures.reference.plateau).toBeAllClose(etaOf(3), { rtol: 0.05 });
    expect(r.warnings).toEqual([]);
  });
});

describe("profile shapes (stated rule): peaking, arcing, flat, rising", () => {
  const shapes: Record<string, (u: number) => number> = {
    peaking: (u) => 0.02 * (1 + 0.5 * Math.exp(-u / 0.05)),
    arcing: (u) => 0.02 * (1 + 0.6 * (2 * u - 1) ** 2),
    flat: () => 0.02,
    rising: (u) => 0.02 * (1 + 0.3 * u),
  };
  for (const [name, f] of Object.entries(shapes)) {
    it(`${name}`, () => {
      const r = analyzeSymmetricCycling(
        buildTrace(
          symmetricBlocks(3, I1, HOUR, (_c, u) => f(u)),
          DT,
          { area: AREA },
        ),
        { nucleation: false },
      );
      expect(r.halfCycles.slice(1).map((h) => h.shape)).toEqual(Array(5).fill(name));
    });
  }

  it("peak, end and early/middle/late |V| are the profile's values (arcing 0.02·(1 + 0.6·(2u − 1)²), rising 0.02·(1 + 0.3u))", () => {
    const analyse = (f: (u: number) => number) =>
      analyzeSymmetricCycling(
        buildTrace(
          symmetricBlocks(3, I1, HOUR, (_c, u) => f(u)),
          DT,
          { area: AREA },
        ),
        { nucleation: false },
      ).halfCycles.slice(1);
    // arcing: peak 0.032 V at either end, end |V| 0.032 V; mean over u ∈ 5–15 %:
    // 0.02·(1 + 0.6·(0.9³ − 0.7³)/0.6) = 0.027720 V; over 45–55 %: 0.02·(1 + 0.6·0.002/0.6) =
    // 0.020040 V; plateau = median over 25–75 % = 0.02·(1 + 0.6·0.25²) = 0.020750 V.
    for (const h of analyse(shapes.arcing as (u: number) => number)) {
      expect(h.peak).toBeAllClose(0.032, { rtol: 0.01 });
      expect(h.end).toBeAllClose(0.032, { rtol: 0.01 });
      expect(h.early).toBeAllClose(0.02772, { rtol: 0.01 });
      expect(h.middle).toBeAllClose(0.02004, { rtol: 0.01 });
      expect(h.late).toBeAllClose(0.02772, { rtol: 0.01 });
      expect(h.plateau).toBeAllClose(0.02075, { rtol: 0.01 });
      expect(h.curvature).toBeAllClose((0.02772 - 0.02004) / 0.02075, { rtol: 0.03 });
    }
    // rising: peak = end = 0.026 V at the end of the half cycle (peakPosition → 1); plateau 0.023 V
    for (const h of analyse(shapes.rising as (u: number) => number)) {
      expect(h.peak).toBeAllClose(0.026, { rtol: 0.01 });
      expect(h.end).toBeAllClose(0.026, { rtol: 0.01 });
      expect(h.peakPosition).toBeGreaterThan(0.99);
      expect(h.plateau).toBeAllClose(0.023, { rtol: 0.01 });
    }
  });
});

describe("failure detection on synthetic traces with known events", () => {
  it("hard short at 100.3 h (cycle 50): found within one sample and at the right cycle; ohmic evidence", () => {
    const tShort = 100.3 * HOUR;
    const rShort = 0.3e-3 / I1; // 0.3 mV at 1 mA cm⁻²
    const blocks = symmetricBlocks(70, I1, HOUR, (_c, u, h) => {
      const t = (h + u) * HOUR;
      return t >= tShort ? rShort * I1 : 0.02;
    });
    const r = analyzeSymmetricCycling(buildTrace(blocks, DT, { area: AREA }));
    const e = r.failures.hardShort;
    expect(e).not.toBeNull();
    expect(Math.abs((e?.time ?? 0) - tShort)).toBeLessThanOrEqual(DT);
    expect(e?.cycle).toBe(50);
    expect(e?.evidence.shortResistance).toBeAllClose(rShort, { rtol: 0.02 });
    expect(e?.evidence.ohmicSignAgreement).toBe(1);
    expect(r.failures.first?.kind).toBe("hard-short");
    expect(r.failures.softShortCount).toBe(0);
  });

  it("activation (η falling 215 → 15 mV over the first cycles) is no short: shorts are judged against the recent past", () => {
    const blocks = symmetricBlocks(60, I1, HOUR, (c) => 0.015 + 0.2 * Math.exp(-c / 3));
    const r = analyzeSymmetricCycling(buildTrace(blocks, DT, { area: AREA }));
    expect(r.failures.hardShort).toBeNull();
    expect(r.failures.softShortCount).toBe(0);
    // …while a short after activation is still found at its time.
    const tShort = 40.5 * HOUR;
    const shorted = symmetricBlocks(60, I1, HOUR, (c, u, h) =>
      (h + u) * HOUR >= tShort ? 1e-3 : 0.015 + 0.2 * Math.exp(-c / 3),
    );
    const e = analyzeSymmetricCycling(buildTrace(shorted, DT, { area: AREA })).failures.hardShort;
    expect(e?.time).toBeAllClose(tShort, { atol: DT });
    expect(e?.cycle).toBe(20);
  });

  it("after an instrument restart (clock back to 0 at 50 h) the short's time is on the continuous clock", () => {
    const tShort = 100.3 * HOUR;
    const blocks = symmetricBlocks(70, I1, HOUR, (_c, u, h) =>
      (h + u) * HOUR >= tShort ? 3e-4 : 0.02,
    );
    const data = buildTrace(blocks, DT, { area: AREA });
    const t = data.columns.time;
    const at = (50 * HOUR) / DT + 7;
    const offset = t[at] as number;
    for (let i = at; i < t.length; i++) t[i] = (t[i] as number) - offset;
    const r = analyzeSymmetricCycling(data);
    expect(r.warnings.map((w) => w.code)).toContain("W_TIME_RESTART");
    // The continuous clock loses the one interval across the restart (10 s).
    expect(r.failures.hardShort?.time).toBeAllClose(tShort - DT, { atol: DT });
    expect(r.failures.hardShort?.cycle).toBe(50);
    expect(r.cycles[60]?.elapsed).toBeAllClose(122 * HOUR - DT, { rtol: 1e-9 });
  });

  it("soft shorts at 40.5 h and 60.25 h: drop 20 → 8 mV and recovery over 5 min; no hard short", () => {
    const drops = [40.5 * HOUR, 60.25 * HOUR];
    const blocks = symmetricBlocks(40, I1, HOUR, (_c, u, h) => {
      const t = (h + u) * HOUR;
      for (const td of drops) {
        if (t >= td && t < td + 300) return 0.008 + (0.012 * (t - td)) / 300;
      }
      return 0.02;
    });
    const r = analyzeSymmetricCycling(buildTrace(blocks, DT, { area: AREA }));
    expect(r.failures.hardShort).toBeNull();
    expect(r.failures.softShortCount).toBe(2);
    expect(r.failures.softShorts.map((e) => e.time)).toBeAllClose(drops, { atol: DT });
    expect(r.failures.softShorts.map((e) => e.cycle)).toEqual([20, 30]);
    expect(r.failures.softShorts[0]?.evidence.drop).toBeAllClose(0.012, { rtol: 0.02 });
  });

  it("soft short by noise: ±3 mV noise from cycle 25 on is flagged at cycle 25", () => {
    const rng = createRng(3);
    const blocks = symmetricBlocks(
      35,
      I1,
      HOUR,
      (c) => 0.02 + (c >= 25 ? 0.003 * (2 * rng.uniform() - 1) : 1e-5 * rng.uniform()),
    );
    const r = analyzeSymmetricCycling(buildTrace(blocks, DT, { area: AREA }));
    expect(r.failures.softShorts[0]?.evidence.mode).toBe("noise");
    expect(r.failures.softShorts[0]?.cycle).toBe(25);
    expect(r.failures.hardShort).toBeNull();
  });

  it("polarisation runaway: η = 20 mV·exp((c − 30)/5) beyond cycle 30 crosses 2× at cycle 34", () => {
    const blocks = symmetricBlocks(
      45,
      I1,
      HOUR,
      (c) => 0.02 * (c > 30 ? Math.exp((c - 30) / 5) : 1),
    );
    const r = analyzeSymmetricCycling(buildTrace(blocks, DT, { area: AREA }));
    const e = r.failures.polarizationRunaway;
    expect(e?.cycle).toBe(34); // 30 + 5·ln 2 = 33.5 → the first whole cycle above 2× is 34
    expect(e?.time).toBeAllClose(68 * HOUR, { atol: DT });
    expect(e?.evidence.ratio).toBeAllClose(Math.exp(4 / 5), { rtol: 0.02 });
  });

  it("asymmetric cell, Li depletion: the thin electrode runs out 60 % into the stripping half of cycle 25 → 5 V", () => {
    const tOut = (2 * 25 + 1 + 0.6) * HOUR;
    const blocks: TraceBlock[] = symmetricBlocks(30, I1, HOUR, (_c, u, h) =>
      (h + u) * HOUR >= tOut && h === 51 ? 5 : 0.02,
    );
    const data = buildTrace(blocks, DT, { area: AREA });
    for (const options of [{}, { voltageLimit: 5 }]) {
      const r = analyzeSymmetricCycling(data, { cell: "asymmetric", failures: options });
      const e = r.failures.voltageLimit;
      expect(e?.time).toBeAllClose(tOut, { atol: DT });
      expect(e?.cycle).toBe(25);
      expect(e?.evidence.halfCycleSign).toBe(1);
    }
  });
});

describe("critical current density from a step-increase ladder", () => {
  it("0.1 → 1.0 mA cm⁻² in 0.1 steps, 2 cycles of 1 h each; shorts 1.5 h into 0.8: CCD 0.7, failing 0.8", () => {
    const ladder = Array.from({ length: 10 }, (_, k) => 0.1 * (k + 1));
    const tShort = (7 * 4 + 1.5) * HOUR;
    const blocks: TraceBlock[] = [];
    let h0 = 0;
    for (const j of ladder) {
      const base = h0;
      blocks.push(
        ...symmetricBlocks(2, j * I1, HOUR, (_c, u, h) => {
          const t = (base + h + u) * HOUR;
          return t >= tShort ? 1e-4 * j : 0.02 * j ** 0.8;
        }),
      );
      h0 += 4;
    }
    const r = analyzeSymmetricCycling(buildTrace(blocks, DT, { area: AREA }));
    const ccd = criticalCurrentDensity(r);
    expect(ccd.ladder.map((s) => s.absCurrentDensity)).toBeAllClose(
      ladder.map((j) => 10 * j),
      { rtol: 1e-9 },
    );
    expect(ccd.criticalCurrentDensity).toBeAllClose(7, { rtol: 1e-9 }); // A m⁻² = 0.7 mA cm⁻²
    expect(ccd.failingCurrentDensity).toBeAllClose(8, { rtol: 1e-9 });
    expect(ccd.event?.kind).toBe("hard-short");
    expect(ccd.event?.time).toBeAllClose(tShort, { atol: DT });
    expect(ccd.censored).toBe(false);
    expect(ccd.ladder[0]?.arealCapacityPerHalfCycle).toBeAllClose(3600, { rtol: 1e-9 });
    // Ohmic after the short: V = 1e-4·j across 0.8 and 0.9 mA cm⁻² steps → the same |V|/|I|.
    expect(ccd.event?.evidence.resistanceSpread).toBeAllClose(0, { atol: 1e-9 });
    expect(ccd.event?.evidence.currentRatio).toBeAllClose(9 / 8, { rtol: 1e-9 });
  });
});

describe("rate test 1, 2, 3, 5, 8, 10, 1 mA cm⁻² and the symmetric Butler–Volmer fit", () => {
  // η_cell = (4RT/F)·asinh(j/(2·j0)) with j0 = 1 mA cm⁻² (10 A m⁻²), α = ½, 25 °C
  // (SCIENCE.md §3, Bard & Faulkner eq. 3.4.10 for two identical interfaces in series).
  const T = 298.15;
  const bv = (j: number) => ((4 * GAS_CONSTANT * T) / FARADAY_CONSTANT) * Math.asinh(j / 20);
  const ladder = [1, 2, 3, 5, 8, 10, 1];
  const blocks: TraceBlock[] = [];
  ladder.forEach((j, k) => {
    const lasting = k === ladder.length - 1 ? 1.1 : 1; // the return step is 10 % higher
    blocks.push(...symmetricBlocks(3, j * I1, HOUR / j, () => lasting * bv(10 * j)));
  });
  const r = analyzeSymmetricCycling(buildTrace(blocks, 1, { area: AREA }));

  it("overpotential per step and recovery on the return to 1 mA cm⁻²", () => {
    expect(r.rateTest.steps.map((s) => s.absCurrentDensity)).toBeAllClose(
      ladder.map((j) => 10 * j),
      { rtol: 1e-9 },
    );
    expect(r.rateTest.steps.map((s) => s.overpotential)).toBeAllClose(
      ladder.map((j, k) => (k === 6 ? 1.1 : 1) * bv(10 * j)),
      { rtol: 1e-9 },
    );
    expect(r.rateTest.steps[6]?.returnsTo).toBe(0);
    expect(r.rateTest.steps[6]?.recovery).toBeAllClose(1.1, { rtol: 1e-9 });
    expect(r.rateTest.polarization.currentDensity).toHaveLength(6);
    expect(r.failures.first).toBeNull();
  });

  it("the (j, η) table gives j0 = 1 mA cm⁻² back through @lmb/kinetics (convention cell)", () => {
    const fit = rateTestKinetics(r.rateTest);
    expect(fit.exchangeCurrentDensity.value).toBeAllClose(1, { rtol: 0.02 });
  });
});
