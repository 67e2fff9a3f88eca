import { readFileSync } from "node:fs";
import type { CyclingData } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { readBytes } from "../read.js";
import { decodeMpr } from "./decodeMpr.js";
import { biologicMprReader } from "./mprReader.js";

// Fixtures: <repo>/../shared/data/cycling (repo root = 4 levels above src/biologic).
const FIXTURES = new URL("../../../../../shared/data/cycling/", import.meta.url);
const load = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));

function range(values: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function readCycling(path: string): CyclingData {
  const data = readBytes(load(path), { fileName: path.split("/").pop() as string });
  expect(data.kind).toBe("cycling");
  return data as CyclingData;
}

const MAH = 3.6; // coulombs per mA·h

describe("BioLogic .mpr fixtures (values from data/cycling/SOURCES.md)", () => {
  it("cellpy/biol.mpr: v2, Modulo Bat, 23 561 points, 76 139 s, Ewe 0.123–1.000 V, I −0.115…+0.325 mA", () => {
    const d = readCycling("cellpy/biol.mpr");
    const { time, voltage, current, step, counterVoltage } = d.columns;
    expect(time.length).toBe(23561);
    expect(range(time)[1]).toBeCloseTo(76139, -1); // ±5 s
    const [vLo, vHi] = range(voltage);
    expect(vLo).toBeCloseTo(0.123, 3);
    expect(vHi).toBeCloseTo(1.0, 3);
    const [iLo, iHi] = range(current);
    expect(iLo * 1e3).toBeCloseTo(-0.115, 3);
    expect(iHi * 1e3).toBeCloseTo(0.325, 3);
    expect(range(step as Float64Array)).toEqual([0, 11]);
    expect(counterVoltage).toBeDefined();
    expect(d.metadata.formatVersion).toBe("data module 2");
    expect(d.metadata.technique).toBe("MB");
    expect(d.metadata.comments).toBe("Si/C Li half cell with reference electrode");
    expect(d.metadata.startTime).toMatch(/^2017-03-15T10:22:5\d/);
    expect(d.metadata.currentSign).toBe("positive-oxidation");
    expect(d.metadata.warnings).toEqual([]);
  });

  it("cellpy/biol.mpr as impedance: GEIS rows with freq > 0, z cycle 0–4, zImag from |Z|·sin(phase)", () => {
    const d = readBytes(load("cellpy/biol.mpr"), { fileName: "biol.mpr", kind: "impedance" });
    expect(d.kind).toBe("impedance");
    if (d.kind !== "impedance") return;
    const { frequency, zReal, zImag, cycle } = d.columns;
    expect(frequency.length).toBeGreaterThan(10);
    expect(frequency.length).toBeLessThan(23561);
    expect(range(frequency)[0]).toBeGreaterThan(0);
    expect(range(cycle as Float64Array)).toEqual([0, 4]);
    // Capacitive loops: most points have Im(Z) < 0 and Re(Z) > 0.
    let capacitive = 0;
    for (let i = 0; i < zImag.length; i++) if ((zImag[i] as number) < 0) capacitive++;
    expect(capacitive / zImag.length).toBeGreaterThan(0.5);
    expect(range(zReal)[0]).toBeGreaterThan(0);
  });

  it("navani jdb11-1 (v3 GCPL): 46 102 points, ±88.8 µA, 2.0–3.8 V, half-cycle capacities", () => {
    const d = readCycling("navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr");
    const { time, voltage, current, halfCycle, chargeCapacity, dischargeCapacity } = d.columns;
    expect(time.length).toBe(46102);
    const [vLo, vHi] = range(voltage);
    expect(vLo).toBeCloseTo(2.0, 2);
    expect(vHi).toBeCloseTo(3.8, 2);
    // Current derived from dq/Δt (the file stores no I column): ±88.796 µA set point (jdb11-1.mps), 0.1 % tolerance.
    const [iLo, iHi] = range(current);
    expect(Math.abs(iLo * 1e6 + 88.796)).toBeLessThan(0.1);
    expect(Math.abs(iHi * 1e6 - 88.796)).toBeLessThan(0.1);
    expect(d.metadata.warnings.map((w) => w.code)).toEqual(["W_CURRENT_DERIVED"]);
    // Ns1 initial discharge, then Ns2 charge / Ns3 discharge looped 5 more times (the file name's
    // "5cycles" counts repetitions): 6 charge half cycles.
    const hc = halfCycle as Float64Array;
    const qc = chargeCapacity as Float64Array;
    const qd = dischargeCapacity as Float64Array;
    const endOf = new Map<number, { charge: number; discharge: number }>();
    for (let i = 0; i < hc.length; i++) {
      endOf.set(hc[i] as number, {
        charge: (qc[i] as number) / MAH,
        discharge: (qd[i] as number) / MAH,
      });
    }
    const charges = [...endOf.values()].filter((e) => e.charge > 0.1);
    expect(charges.length).toBe(6);
    // Per-half-cycle capacities (SOURCES.md): 0.21 initial, then ~0.99/0.85 … 0.956/0.880 mAh; ±0.005 mAh.
    expect(endOf.get(0)?.discharge).toBeCloseTo(0.207, 2);
    expect(endOf.get(2)?.charge).toBeCloseTo(0.987, 2);
    expect(endOf.get(3)?.discharge).toBeCloseTo(0.853, 2);
    expect(endOf.get(12)?.charge).toBeCloseTo(0.956, 2);
    expect(endOf.get(13)?.discharge).toBeCloseTo(0.879, 2);
    expect(d.metadata.technique).toBe("GCPL");
    expect(d.metadata.formatVersion).toBe("data module 3");
  });

  it("biologic-converter jdb11-4 (v3 GCPL, LNMO): 38 189 points, 61 half cycles, 2.0–3.8 V, mass 4.97 mg", () => {
    const d = readCycling("biologic-converter/jdb11-4.mpr");
    const { time, voltage, halfCycle } = d.columns;
    expect(time.length).toBe(38189);
    expect(range(halfCycle as Float64Array)).toEqual([0, 61]);
    const [vLo, vHi] = range(voltage);
    expect(vLo).toBeCloseTo(2.0, 2);
    expect(vHi).toBeCloseTo(3.8, 2);
    expect(d.metadata.activeMass).toBeCloseTo(4.97e-6, 9); // kg, settings characteristic mass = jdb11-4.mps
    expect(d.metadata.area).toBeUndefined(); // EC-Lab placeholder 0.001 cm²
    expect(d.metadata.notes?.electrodeMaterial).toBe("LNMO");
  });

  it("navani 00_test_* (EC-Lab ≥ 11.50): 2, 11 and 1 501 points; MB hold at −1.65 V", () => {
    const ocv = readCycling("navani/00_test_01_OCV_C01.mpr");
    expect(ocv.columns.time.length).toBe(2);
    expect(ocv.metadata.technique).toBe("OCV");
    expect(Array.from(ocv.columns.current)).toEqual([0, 0]);
    expect(ocv.metadata.warnings.map((w) => w.code)).toEqual(["W_CURRENT_ASSUMED_ZERO"]);
    expect(ocv.metadata.formatVersion).toBe("data module 11 (EC-Lab ≥ 11.50 layout)");
    for (const [file, n] of [
      ["navani/00_test_02_MB_C01.mpr", 11],
      ["navani/00_test_04_MB_C01.mpr", 1501],
    ] as const) {
      const d = readCycling(file);
      expect(d.columns.time.length).toBe(n);
      const [lo, hi] = range(d.columns.voltage);
      expect(lo).toBeCloseTo(-1.65, 2);
      expect(hi).toBeCloseTo(-1.65, 2);
      expect(range(d.columns.current)[1]).toBeLessThan(0); // reduction current during the hold
      expect(d.metadata.startTime).toBe("2023-12-08T09:49:52.346");
    }
  });

  it("battery-data-format GCPL-0 (4 points), MB-0 (2 points), MB-1 (13 points near 4.39 V, set point 0.513 mA)", () => {
    expect(readCycling("battery-data-format/GCPL-0.mpr").columns.time.length).toBe(4);
    const mb0 = readCycling("battery-data-format/MB-0.mpr");
    expect(mb0.columns.time.length).toBe(2);
    expect(mb0.metadata.comments).toBe("commercial_cell_020");
    const mb1 = readCycling("battery-data-format/MB-1.mpr");
    expect(mb1.columns.time.length).toBe(13);
    const [lo, hi] = range(mb1.columns.voltage);
    expect(lo).toBeGreaterThan(4.39);
    expect(hi).toBeLessThan(4.4);
    const raw = decodeMpr(load("battery-data-format/MB-1.mpr"));
    const control = raw.columns.find((c) => c.header === "control/V/mA")?.values as Float64Array;
    expect(control[12]).toBeCloseTo(0.513, 6);
    // The cell did not take the set current: dq and P/W show < 0.02 mA, which lmb reports.
    expect(range(mb1.columns.current)[1]).toBeLessThan(2e-5);
  });

  it("biologic-converter test.mpr: CA at −0.4 V for 4 500 s → current transient", () => {
    const d = readBytes(load("biologic-converter/test.mpr"), { fileName: "test.mpr" });
    expect(d.kind).toBe("transient");
    if (d.kind !== "transient") return;
    expect(d.columns.time.length).toBe(4501);
    expect(range(d.columns.time)[1]).toBeCloseTo(4500, 0);
    const potential = d.columns.potential as Float64Array;
    expect(potential[2000]).toBeCloseTo(-0.4, 3); // held at Ei = −0.400 V (test.mps), ±0.5 mV
    expect(d.metadata.technique).toBe("CA");
    // Same file as cycling data when asked.
    const cycling = readBytes(load("biologic-converter/test.mpr"), { kind: "cycling" });
    expect(cycling.kind).toBe("cycling");
  });

  it("sniffs the magic and is chosen by readBytes", () => {
    const bytes = load("navani/00_test_01_OCV_C01.mpr");
    expect(biologicMprReader.sniff(bytes, "x.bin")).toBe(1);
    expect(biologicMprReader.sniff(new Uint8Array(10), "x.mpr")).toBe(0.2);
    expect(biologicMprReader.sniff(new Uint8Array(10))).toBe(0);
  });
});
