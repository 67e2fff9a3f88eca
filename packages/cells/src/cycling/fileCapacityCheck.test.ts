import { describe, expect, it } from "vitest";
import { segmentCycling } from "./segmentCycling.js";
import { buildTrace, symmetricBlocks } from "./testing/traceBuilder.js";

/** Adds per-half-cycle charge/discharge counters (reset at each half cycle) from a true current. */
function withCounters(trueCurrent: number, reported: number) {
  const data = buildTrace(
    symmetricBlocks(3, reported, 3600, () => 0.05),
    10,
    { sourceFile: "rounded.csv" },
  );
  const { time, current } = data.columns;
  const n = time.length;
  const chargeCapacity = new Float64Array(n);
  const dischargeCapacity = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const s = Math.sign(current[i - 1] as number);
    const same = Math.sign(current[i] as number) === s;
    const dq = trueCurrent * ((time[i] as number) - (time[i - 1] as number));
    chargeCapacity[i] = s > 0 ? (same ? (chargeCapacity[i - 1] as number) : 0) + dq : 0;
    dischargeCapacity[i] = s < 0 ? (same ? (dischargeCapacity[i - 1] as number) : 0) + dq : 0;
  }
  return { ...data, columns: { ...data.columns, chargeCapacity, dischargeCapacity } };
}

describe("the integrated charge checked against the file's own capacity counters", () => {
  it("counters that agree (same current): no warning", () => {
    const seg = segmentCycling(withCounters(1e-3, 1e-3));
    expect(seg.warnings.map((w) => w.code)).not.toContain("W_CAPACITY_DISAGREES");
  });

  it("a current column rounded to 0.2 mA while 0.177 mA flowed (a Landt export): W_CAPACITY_DISAGREES with both numbers", () => {
    const seg = segmentCycling(withCounters(1.77e-4, 2e-4));
    const w = seg.warnings.find((x) => x.code === "W_CAPACITY_DISAGREES");
    expect(w).toBeDefined();
    expect(w?.message).toMatch(/in 6 of 6 half cycles in rounded\.csv/);
    // 0.2 mA × 1 h = 0.2000 mAh integrated; the counter saw 0.177 mA × 1 h (less one sample)
    expect(w?.message).toMatch(/#1: 0\.2000 vs 0\.17\d\d mAh/);
    expect(w?.message).toMatch(/median counter\/integrated 0\.88\d/);
    // the half cycles keep the integrated charge (the warning says so)
    expect(seg.halfCycles[0]?.charge).toBeAllClose(0.72, { rtol: 1e-9 });
  });
});
