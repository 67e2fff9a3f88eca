import { fileURLToPath } from "node:url";
import { enableNodeReaders, readFile } from "@lmb/io/node";
import type { CyclingData } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { fullCellCycling } from "./fullCellCycling.js";

// Real cycler files from ../shared/data/cycling, checked against what SOURCES.md says of them.
enableNodeReaders();
const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const MAH = 3.6; // C per mAh

async function cycling(path: string): Promise<CyclingData> {
  const data = await readFile(DATA + path);
  if (data.kind !== "cycling") throw new Error(`${path} is not a cycling record`);
  return data;
}

describe("fullCellCycling on real cycler files (SOURCES.md)", () => {
  it("BDF csv, LFP-like (cellpy batmo_bdf): 109 cycles, ~0.159 Ah, ±0.121 A; its current is positive on discharge, read the right way round", async () => {
    const r = fullCellCycling(await cycling("cellpy/batmo_bdf.csv"));
    expect(r.cycles).toHaveLength(109);
    // V falls from 3.31 to 2.60 V under the first (positive) current: a discharge.
    expect(r.convention).toMatchObject({
      electrode: "cathode",
      chargeSign: -1,
      chargeSignSource: "voltage",
    });
    expect(r).toMatchObject({ order: "charge-first", orderSource: "electrode" });
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toContain("W_CURRENT_INVERTED");
    expect(codes).toContain("W_LEADING_HALF_CYCLE"); // the partial first discharge
    expect((r.initialDischarge?.capacity ?? 0) / MAH).toBeAllClose(117.7, { rtol: 0.01 });
    expect((r.cycles[0]?.chargeCapacity ?? 0) / 3600).toBeAllClose(0.1598, { rtol: 0.005 });
    expect((r.cycles[0]?.dischargeCapacity ?? 0) / 3600).toBeAllClose(0.159, { rtol: 0.01 });
    // each discharge paired with the charge before it: CE ≤ 100 % within the integration error
    // through the long block (cycle 106 charges fast and discharges slowly: 103.9 %)
    for (const c of r.cycles.slice(0, 105)) expect(c.coulombicEfficiency).toBeLessThan(1.002);
    // the charge sits above the discharge (LFP hysteresis)
    expect(r.cycles[50]?.averageChargeVoltage).toBeGreaterThan(
      r.cycles[50]?.averageDischargeVoltage ?? 9,
    );
    // the longest block (cycles 6–105) runs at the file's largest current, 0.121 A
    const longest = r.rateCapability.steps.find((s) => s.firstCycle === r.referenceCycle);
    expect(longest?.dischargeCurrent).toBeAllClose(0.121, { rtol: 0.01 });
    expect(longest?.cycleCount).toBe(100);
    // an LFP plateau, and the whole run's charge balance within 2 % of 100 %
    // (LFP‖graphite-like: discharge ≈ 3.1–3.2 V, charge ≈ 3.4 V)
    expect(r.cycles[50]?.averageDischargeVoltage).toBeAllClose(3.15, { atol: 0.1 });
    expect(r.cycles[50]?.averageChargeVoltage).toBeAllClose(3.4, { atol: 0.1 });
    const sum = (k: "chargeCapacity" | "dischargeCapacity") =>
      r.cycles.reduce((a, c) => a + c[k], 0);
    expect(sum("dischargeCapacity") / sum("chargeCapacity")).toBeAllClose(1, { atol: 0.02 });
  });

  it("BioLogic .mpr NaCoO₂ vs Na (navani jdb11-1): initial 0.21 mAh, then 0.99/0.85 … 0.956/0.880 mAh", async () => {
    const r = fullCellCycling(
      await cycling("navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr"),
    );
    expect(r).toMatchObject({ order: "charge-first", orderSource: "electrode" });
    expect(r.convention).toMatchObject({ electrode: "cathode", chargeSign: 1 });
    expect((r.initialDischarge?.capacity ?? 0) / MAH).toBeAllClose(0.21, { rtol: 0.03 });
    expect((r.cycles[0]?.chargeCapacity ?? 0) / MAH).toBeAllClose(0.99, { rtol: 0.01 });
    expect((r.cycles[0]?.dischargeCapacity ?? 0) / MAH).toBeAllClose(0.85, { rtol: 0.01 });
    const last = r.cycles.at(-1);
    expect((last?.chargeCapacity ?? 0) / MAH).toBeAllClose(0.956, { rtol: 0.005 });
    expect((last?.dischargeCapacity ?? 0) / MAH).toBeAllClose(0.88, { rtol: 0.005 });
    expect(r.cycles[0]?.coulombicEfficiency).toBeAllClose(0.85 / 0.99, { rtol: 0.01 });
    // ±88.8 µA throughout: one rate step
    expect(r.rateCapability.steps).toHaveLength(1);
    expect(r.cycles[0]?.dischargeCurrent).toBeAllClose(88.796e-6, { rtol: 0.01 });
  });

  it("Arbin .res LCO solid-state cell (navani arbin_example): ~0.48 mAh, 3.0–4.3 V", async () => {
    const r = fullCellCycling(await cycling("navani/arbin_example.res"));
    expect(r.cycles.length).toBe(4); // file cycles 1–4 carry a charge and a discharge
    for (const c of r.cycles) {
      expect(c.chargeCapacity / MAH).toBeAllClose(0.48, { rtol: 0.02 });
      expect(c.dischargeCapacity / MAH).toBeAllClose(0.47, { rtol: 0.02 });
      expect(c.averageDischargeVoltage).toBeGreaterThan(3.5);
      expect(c.averageDischargeVoltage).toBeLessThan(4.3);
    }
    expect(r.cycles[0]?.coulombicEfficiency).toBeAllClose(0.971, { atol: 0.005 });
    expect(r.cycles[1]?.coulombicEfficiency).toBeAllClose(0.989, { atol: 0.005 });
  });

  it("BioLogic .mpr GCPL (biologic-converter jdb11-4): 61 half cycles = initial discharge + 30 cycles; mass 4.97 mg", async () => {
    const r = fullCellCycling(await cycling("biologic-converter/jdb11-4.mpr"));
    expect(r.cycles).toHaveLength(30);
    expect(r.initialDischarge).not.toBeNull();
    expect(r.activeMass).toBeAllClose(4.97e-6, { rtol: 1e-6 });
    const c = r.cycles[0];
    expect(c?.specificDischargeCapacity).toBeAllClose((c?.dischargeCapacity ?? 0) / 4.97e-6, {
      rtol: 1e-6,
    });
  });
});
