import { describe, expect, it } from "vitest";
import { analyzeCycling } from "../analysis/analyzeCycling.js";
import { buildTrace, type TraceBlock } from "../cycling/testing/traceBuilder.js";
import { fullCellTrace } from "../synthetic/fullCellTrace.js";
import { fullCellCycling } from "./fullCellCycling.js";

// An insertion anode (graphite-like) against Li with known charges: lithiation (reduction, the
// instrument's discharge, −I) then delithiation (+I). I = 0.5 mA; lithiation 4 h = 2 mAh each
// cycle; delithiation 3.6 h (CE 90 %) in cycle 1, then 3.95 h (CE 98.75 %).
const I = 5e-4;
const H = 3600;
const lithiation = (hours: number): TraceBlock => ({
  current: -I,
  duration: hours * H,
  voltage: (u) => 0.8 - 0.7 * u, // 0.8 → 0.1 V
});
const delithiation = (hours: number): TraceBlock => ({
  current: I,
  duration: hours * H,
  voltage: (u) => 0.15 + 0.8 * u, // 0.15 → 0.95 V
});
const rest: TraceBlock = { current: 0, duration: 600, voltage: () => 0.5 };

function anodeHalfCell(leadingDelithiation = false) {
  const blocks: TraceBlock[] = leadingDelithiation ? [delithiation(0.5), rest] : [];
  blocks.push(lithiation(4), rest, delithiation(3.6), rest);
  for (let k = 0; k < 4; k++) blocks.push(lithiation(4), rest, delithiation(3.95), rest);
  return buildTrace(blocks, 60, { sourceFile: "graphite-vs-li.csv" });
}

const MAH = 3.6;

describe("CE convention of cells against Li (anode: delithiation/lithiation; cathode: discharge/charge)", () => {
  it("an anode half cell: each lithiation paired with the delithiation after it, CE = Q_ch/Q_dis (90 %, then 98.75 %)", () => {
    const r = fullCellCycling(anodeHalfCell());
    expect(r.convention).toMatchObject({
      electrode: "anode",
      electrodeSource: "voltage",
      chargeSign: 1,
    });
    expect(r.convention.rule).toMatch(/CE = Q_delithiation \/ Q_lithiation/);
    expect(r).toMatchObject({ order: "discharge-first", orderSource: "electrode" });
    expect(r.cycles).toHaveLength(5);
    expect(r.cycles.map((c) => c.dischargeCapacity / MAH)).toBeAllClose([2, 2, 2, 2, 2], {
      rtol: 1e-9,
    });
    expect(r.cycles.map((c) => c.chargeCapacity / MAH)).toBeAllClose(
      [1.8, 1.975, 1.975, 1.975, 1.975],
      {
        rtol: 1e-9,
      },
    );
    expect(r.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose(
      [0.9, 0.9875, 0.9875, 0.9875, 0.9875],
      {
        rtol: 1e-9,
      },
    );
    // retention follows the delivered (delithiation) capacity, relative to the reference cycle
    // (the first of the longest block at one rate: all cycles run at 0.5 mA)
    expect(r.referenceCycle).toBe(1);
    expect(r.cycles[1]?.retention).toBeAllClose(1.975 / 1.8, { rtol: 1e-9 });
    const codes = r.warnings.map((w) => w.code);
    expect(codes).not.toContain("W_NOT_FULL_CELL");
    expect(codes).not.toContain("W_LEADING_HALF_CYCLE");
  });

  it("an anode that starts with a delithiation: that half cycle is left out, never paired with the next lithiation (no CE > 100 %)", () => {
    const r = fullCellCycling(anodeHalfCell(true));
    expect(r.warnings.map((w) => w.code)).toContain("W_LEADING_HALF_CYCLE");
    expect(r.cycles).toHaveLength(5);
    expect(r.cycles[0]?.coulombicEfficiency).toBeAllClose(0.9, { rtol: 1e-9 });
    for (const c of r.cycles) expect(c.coulombicEfficiency).toBeLessThanOrEqual(1);
  });

  it("the cathode convention forced on the anode record pairs a discharge with the charge before it (what the option says)", () => {
    const r = fullCellCycling(anodeHalfCell(), { electrode: "cathode" });
    expect(r.convention).toMatchObject({ electrode: "cathode", electrodeSource: "option" });
    expect(r.order).toBe("charge-first");
    // charge 1.8 then discharge 2.0 mAh: 2/1.8
    expect(r.cycles[0]?.coulombicEfficiency).toBeAllClose(2 / 1.8, { rtol: 1e-9 });
    expect(() => fullCellCycling(anodeHalfCell(), { electrode: "graphite" as never })).toThrow(
      /electrode "graphite"/,
    );
  });

  it("analyzeCycling guesses half-cell and reports the anode convention", () => {
    const a = analyzeCycling(anodeHalfCell());
    expect(a.guess.cellType).toBe("half-cell");
    expect(a.cell).toBe("half-cell");
    expect(a.fullCell?.convention.electrode).toBe("anode");
    expect(a.fullCell?.cycles[1]?.coulombicEfficiency).toBeAllClose(0.9875, { rtol: 1e-9 });
    expect(a.warnings.map((w) => w.code)).not.toContain("W_CELL_UNKNOWN");
  });

  it("a cathode file whose current is positive on discharge (BatMo-style): detected from the voltage, same capacities and CE", () => {
    const { data, truth } = fullCellTrace({ steps: [{ cRate: 1, cycles: 6 }], seed: 3 });
    const flipped = {
      ...data,
      columns: { ...data.columns, current: data.columns.current.map((x) => -x) },
    };
    const straight = fullCellCycling(data);
    const r = fullCellCycling(flipped);
    expect(straight.convention.chargeSign).toBe(1);
    expect(r.convention).toMatchObject({ chargeSign: -1, chargeSignSource: "voltage" });
    expect(r.warnings.map((w) => w.code)).toContain("W_CURRENT_INVERTED");
    expect(r.cycles.map((c) => c.dischargeCapacity)).toBeAllClose(
      truth.cycles.map((c) => c.dischargeCapacity),
      { rtol: 5e-3 },
    );
    expect(r.cycles.map((c) => c.coulombicEfficiency)).toBeAllClose(
      straight.cycles.map((c) => c.coulombicEfficiency),
      { rtol: 1e-9 },
    );
  });

  it("impedance-like sine halves (≪ 1 % of the largest charge) are left out of the cycles, with a warning", () => {
    const blocks: TraceBlock[] = [lithiation(4), rest];
    for (let k = 0; k < 6; k++) {
      blocks.push({ current: (k % 2 ? -1 : 1) * 1e-4, duration: 120, voltage: () => 0.1 });
    }
    blocks.push(rest, delithiation(3.6), rest);
    const r = fullCellCycling(buildTrace(blocks, 60));
    expect(r.warnings.map((w) => w.code)).toContain("W_SMALL_HALF_CYCLES");
    expect(r.cycles).toHaveLength(1);
    expect(r.cycles[0]?.coulombicEfficiency).toBeAllClose(0.9, { rtol: 1e-9 });
  });
});
