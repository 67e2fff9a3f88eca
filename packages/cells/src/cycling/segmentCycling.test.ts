import { isLmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { continuousTime } from "./continuousTime.js";
import { segmentCycling } from "./segmentCycling.js";
import { buildTrace, symmetricBlocks, type TraceBlock } from "./testing/traceBuilder.js";

// 1.13 cm² coin-cell electrode at 1 mA cm⁻² = 1.13 mA; 1 h half cycles = 1 mAh cm⁻² = 36 000 C m⁻².
const AREA = 1.13e-4;
const I1 = 1.13e-3;

function flat(eta: number) {
  return () => eta;
}

describe("segmentCycling on synthetic symmetric traces with known parameters", () => {
  it("10 cycles at ±1 mA cm⁻², 1 h half cycles, 10 s sampling: 20 half cycles, 1 mAh cm⁻² each", () => {
    const data = buildTrace(symmetricBlocks(10, I1, 3600, flat(0.02)), 10, { area: AREA });
    const seg = segmentCycling(data);
    expect(seg.halfCycles).toHaveLength(20);
    expect(seg.cycleCount).toBe(10);
    expect(seg.area).toBe(AREA);
    expect(seg.areaSource).toBe("metadata");
    expect(seg.warnings).toEqual([]);
    const first = seg.halfCycles[0];
    expect(first?.sign).toBe(-1);
    expect(first?.start).toBe(0);
    expect(first?.end).toBe(360);
    expect(first?.duration).toBeAllClose(3600, { rtol: 1e-12 });
    expect(first?.charge).toBeAllClose(I1 * 3600, { rtol: 1e-12 });
    expect(first?.currentDensity).toBeAllClose(-10, { rtol: 1e-12 }); // A m⁻² = 1 mA cm⁻²
    expect(first?.arealCapacity).toBeAllClose(36000, { rtol: 1e-12 }); // C m⁻² = 1 mAh cm⁻²
    expect(seg.halfCycles.map((h) => h.sign)).toEqual(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? -1 : 1)),
    );
    expect(seg.halfCycles[19]?.cycle).toBe(9);
    expect(seg.halfCycles[19]?.endTime).toBeAllClose(20 * 3600, { rtol: 1e-12 });
    expect(seg.rateSteps).toHaveLength(1);
    expect(seg.rateSteps[0]?.absCurrentDensity).toBeAllClose(10, { rtol: 1e-12 });
  });

  it("rests between half cycles do not add half cycles; the area option overrides the metadata", () => {
    const data = buildTrace(symmetricBlocks(5, I1, 1800, flat(0.02), 600), 5, { area: 2e-4 });
    const seg = segmentCycling(data, { area: AREA });
    expect(seg.halfCycles).toHaveLength(10);
    expect(seg.areaSource).toBe("option");
    expect(seg.halfCycles[1]?.startTime).toBeAllClose(2400, { rtol: 1e-12 });
    expect(seg.halfCycles[1]?.arealCapacity).toBeAllClose(18000, { rtol: 1e-12 });
  });

  it("rate test 1, 2, 3, 5, 8, 10, 1 mA cm⁻² (2 cycles each, 1 mAh cm⁻²): 7 rate steps at the set densities", () => {
    const ladder = [1, 2, 3, 5, 8, 10, 1];
    const blocks: TraceBlock[] = [];
    for (const j of ladder) blocks.push(...symmetricBlocks(2, j * I1, 3600 / j, flat(0.01 * j)));
    const seg = segmentCycling(buildTrace(blocks, 1, { area: AREA }));
    expect(seg.halfCycles).toHaveLength(28);
    expect(seg.rateSteps.map((s) => s.absCurrentDensity)).toBeAllClose(
      ladder.map((j) => 10 * j),
      { rtol: 1e-9 },
    );
    expect(seg.rateSteps.map((s) => [s.firstHalfCycle, s.lastHalfCycle])).toEqual(
      ladder.map((_, k) => [4 * k, 4 * k + 3]),
    );
    expect(seg.halfCycles[5]?.rateStep).toBe(1);
  });

  it("without an area: per-cm² numbers are null and W_NO_AREA says so", () => {
    const seg = segmentCycling(buildTrace(symmetricBlocks(2, I1, 600, flat(0.02)), 10));
    expect(seg.area).toBeNull();
    expect(seg.halfCycles[0]?.currentDensity).toBeNull();
    expect(seg.halfCycles[0]?.arealCapacity).toBeNull();
    expect(seg.rateSteps[0]?.absCurrentDensity).toBeNull();
    expect(seg.warnings.map((w) => w.code)).toEqual(["W_NO_AREA"]);
  });

  it("a clock restart (time back to 0) is reported, and times continue across it", () => {
    const data = buildTrace(symmetricBlocks(4, I1, 3600, flat(0.02)), 10, { area: AREA });
    const t = data.columns.time;
    const at = 3 * 360 + 100; // inside half cycle 3
    const offset = t[at] as number;
    for (let i = at; i < t.length; i++) t[i] = (t[i] as number) - offset;
    const seg = segmentCycling(data);
    expect(seg.halfCycles).toHaveLength(8);
    expect(seg.timeIssues).toEqual([
      { kind: "restart", index: at, time: (at - 1) * 10, jump: -(at - 1) * 10 },
    ]);
    expect(seg.warnings.map((w) => w.code)).toEqual(["W_TIME_RESTART"]);
    expect(seg.halfCycles[3]?.hasRestart).toBe(true);
    // One Δt of 10 s lost at the restart point, nothing else.
    expect(seg.halfCycles[3]?.duration).toBeAllClose(3590, { rtol: 1e-12 });
    expect(seg.halfCycles[7]?.endTime).toBeAllClose(8 * 3600 - 10, { rtol: 1e-12 });
    expect(continuousTime(t)[t.length - 1]).toBeAllClose(8 * 3600 - 10, { rtol: 1e-12 });
  });

  it("a 2 h hole in the data inside a half cycle is a gap: reported, charge not integrated across it", () => {
    const base = buildTrace(symmetricBlocks(3, I1, 3600, flat(0.02)), 10, { area: AREA });
    const { time, voltage, current } = base.columns;
    // Drop points 400..1119 (half cycle 1 runs 360..719; half cycle 2 360..1079 would vanish) — keep
    // it inside one half cycle instead: remove 400..459 (600 s) and shift nothing.
    const keep = (i: number) => i < 400 || i >= 460;
    const pick = (col: Float64Array) =>
      Float64Array.from(Array.from(col).filter((_, i) => keep(i)));
    const data = {
      ...base,
      columns: { time: pick(time), voltage: pick(voltage), current: pick(current) },
    };
    const seg = segmentCycling(data);
    expect(seg.halfCycles).toHaveLength(6);
    expect(seg.timeIssues).toEqual([{ kind: "gap", index: 400, time: 4600, jump: 610 }]);
    expect(seg.halfCycles[1]?.hasGap).toBe(true);
    expect(seg.halfCycles[1]?.duration).toBeAllClose(3600 - 610, { rtol: 1e-12 });
    expect(seg.warnings.map((w) => w.code)).toEqual(["W_TIME_GAP"]);
  });

  it("reader-repaired restarts in the metadata are passed on as warnings", () => {
    const data = buildTrace(symmetricBlocks(1, I1, 600, flat(0.02)), 10, { area: AREA });
    const withWarning = {
      ...data,
      metadata: {
        ...data.metadata,
        warnings: [
          { code: "W_TIME_RESTART", message: "time restarted 1 time(s) (first at index 5)" },
        ],
      },
    };
    const seg = segmentCycling(withWarning);
    expect(seg.warnings[0]?.code).toBe("W_TIME_RESTART");
    expect(seg.warnings[0]?.message).toContain("reader:");
  });

  it('boundaries "file" splits two same-sign steps at different currents that the current sign cannot', () => {
    const blocks: TraceBlock[] = [
      { current: -I1, duration: 600, voltage: flat(-0.02) },
      { current: -2 * I1, duration: 600, voltage: flat(-0.04) },
      { current: I1, duration: 600, voltage: flat(0.02) },
    ];
    const data = buildTrace(blocks, 10, { area: AREA });
    const step = new Float64Array(data.columns.time.length);
    for (let i = 0; i < step.length; i++) step[i] = 1 + Math.min(2, Math.floor(i / 60));
    const withStep = { ...data, columns: { ...data.columns, step } };
    expect(segmentCycling(withStep).halfCycles).toHaveLength(2);
    const seg = segmentCycling(withStep, { boundaries: "file" });
    expect(seg.boundarySource).toBe("file-step");
    expect(seg.halfCycles.map((h) => h.currentDensity)).toBeAllClose([-10, -20, 10], {
      rtol: 1e-12,
    });
    expect(seg.halfCycles.map((h) => h.fileStep)).toEqual([1, 2, 3]);
    expect(seg.rateSteps).toHaveLength(3);
  });

  it("a one-point blip of the opposite sign inside a half cycle is dropped, and the half cycle continues", () => {
    const data = buildTrace(symmetricBlocks(2, I1, 600, flat(0.02)), 10, { area: AREA });
    data.columns.current[30] = 1e-5; // inside half cycle 0 (−I), above the 1.13 µA threshold
    const seg = segmentCycling(data);
    expect(seg.halfCycles).toHaveLength(4);
    expect(seg.halfCycles[0]?.end).toBe(60);
    expect(seg.halfCycles[0]?.duration).toBeAllClose(590, { rtol: 1e-12 });
    expect(seg.warnings.map((w) => w.code)).toEqual(["W_SHORT_SEGMENT"]);
  });

  it("bad input: zero current throughout, a NaN, a bad option — errors that name the problem", () => {
    const rest = buildTrace([{ current: 0, duration: 100, voltage: flat(3.3) }], 1);
    expect(() => segmentCycling(rest)).toThrowError(/E_NO_CURRENT/);
    const data = buildTrace(symmetricBlocks(1, I1, 600, flat(0.02)), 10);
    data.columns.voltage[7] = Number.NaN;
    try {
      segmentCycling(data);
      expect.unreachable();
    } catch (error) {
      expect(isLmbError(error) && error.code).toBe("E_NON_FINITE_DATA");
      expect(String(error)).toContain("voltage is not finite at point 7");
    }
    const ok = buildTrace(symmetricBlocks(1, I1, 600, flat(0.02)), 10);
    expect(() => segmentCycling(ok, { area: -1 })).toThrowError(/E_INVALID_INPUT.*area/);
    expect(() => segmentCycling(ok, { zeroCurrentFraction: 2 })).toThrowError(/E_INVALID_INPUT/);
  });

  it("property: a clock restart anywhere changes no half cycle, only shifts later times by the lost interval", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (cycles, where, back) => {
          const base = buildTrace(symmetricBlocks(cycles, I1, 600, flat(0.02), 60), 10, {
            area: AREA,
          });
          const n = base.columns.time.length;
          const at = 1 + (where % (n - 1));
          const time = base.columns.time.slice();
          const offset = (time[at] as number) + back; // the clock jumps back by `back` s more
          for (let i = at; i < n; i++) time[i] = (time[i] as number) - offset;
          const a = segmentCycling(base);
          const b = segmentCycling({ ...base, columns: { ...base.columns, time } });
          expect(b.halfCycles.map((h) => [h.start, h.end, h.sign])).toEqual(
            a.halfCycles.map((h) => [h.start, h.end, h.sign]),
          );
          expect(b.timeIssues.map((t) => [t.kind, t.index])).toEqual([["restart", at]]);
          expect(continuousTime(time)[n - 1]).toBeAllClose(
            (base.columns.time[n - 1] as number) - 10,
            {
              rtol: 1e-12,
            },
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("property: half cycles alternate in sign, never overlap, and their charges sum to ∫|I|dt", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            current: fc.oneof(
              fc.constant(0),
              fc.double({ min: 1e-4, max: 1e-2, noNaN: true }),
              fc.double({ min: -1e-2, max: -1e-4, noNaN: true }),
            ),
            steps: fc.integer({ min: 1, max: 30 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (spec) => {
          if (spec.every((b) => b.current === 0)) return;
          // Piecewise-constant blocks: a step within 10 % would be integrated as a drift
          // (trapezoid) by design, so the exact ∫|I|dt of steps holds for larger steps only.
          for (let k = 1; k < spec.length; k++) {
            const a = spec[k - 1]?.current ?? 0;
            const b = spec[k]?.current ?? 0;
            fc.pre(a === b || Math.abs(b - a) > 0.1 * Math.abs(a));
          }
          const blocks = spec.map((b) => ({
            current: b.current,
            duration: b.steps,
            voltage: () => 0.01,
          }));
          const data = buildTrace(blocks, 1);
          const seg = segmentCycling(data, { zeroCurrent: 1e-5, minPoints: 1 });
          let total = 0;
          for (const b of spec) total += Math.abs(b.current) * b.steps;
          let sum = 0;
          for (let k = 0; k < seg.halfCycles.length; k++) {
            const h = seg.halfCycles[k];
            if (h === undefined) continue;
            sum += h.charge;
            const next = seg.halfCycles[k + 1];
            if (next !== undefined) {
              expect(next.sign).toBe(-h.sign);
              expect(next.start).toBeGreaterThanOrEqual(h.end);
            }
          }
          expect(sum).toBeAllClose(total, { rtol: 1e-9 });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("segmentCycling integrates a decaying CV current by the trapezoid rule", () => {
  it("charge of I = I0·exp(−t/τ) sampled every τ/10 is I0·τ·(1 − e^(−T/τ)) within the trapezoid error h²/12τ² (a zero-order hold is ~5 % high)", () => {
    const tau = 600;
    const dt = 60;
    const steps = 50;
    const i0 = 2e-3;
    const n = steps + 2;
    const time = new Float64Array(n);
    const current = new Float64Array(n);
    const voltage = new Float64Array(n).fill(4.2);
    for (let i = 0; i <= steps; i++) {
      time[i] = i * dt;
      current[i] = i0 * Math.exp(-(i * dt) / tau);
    }
    time[steps + 1] = (steps + 1) * dt;
    current[steps + 1] = 0;
    const data = {
      kind: "cycling" as const,
      columns: { time, voltage, current },
      metadata: {},
    };
    const seg = segmentCycling(data as Parameters<typeof segmentCycling>[0], {
      zeroCurrent: 1e-6,
      minPoints: 1,
    });
    const expected = i0 * tau * (1 - Math.exp(-(steps * dt) / tau));
    // the last active sample's interval (into the rest) is a zero-order hold: add it
    const lastHold = (current[steps] as number) * dt;
    expect(seg.halfCycles).toHaveLength(1);
    // trapezoid error for an exponential: h²/(12τ²) = 0.083 % at h = τ/10
    expect(seg.halfCycles[0]?.charge).toBeAllClose(expected + lastHold, { rtol: 1e-3 });
  });
});
