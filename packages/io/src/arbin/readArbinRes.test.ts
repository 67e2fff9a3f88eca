import { readFileSync } from "node:fs";
import { LmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enableNodeReaders } from "../node.js";
import { readBytes } from "../read.js";
import { readArbinRes } from "./readArbinRes.js";

// Fixtures: <repo>/../shared/data/cycling; values from data/cycling/SOURCES.md and the first
// rows of Channel_Normal_Table as mdb-reader lists them.

// .res files need the Node-only MS Access reader.
enableNodeReaders();
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

describe("Arbin .res", () => {
  it("navani arbin_example.res: LCO SSB, 2 150 rows, 5 cycles, ±86.6 µA, 3.0–4.3 V", () => {
    const data = readBytes(load("navani/arbin_example.res"), { fileName: "arbin_example.res" });
    expect(data.kind).toBe("cycling");
    if (data.kind !== "cycling") return;
    expect(data.metadata.format).toBe("arbin-res");
    expect(data.columns.time.length).toBe(2150);
    // Row 1: Test_Time 0.072595419795086 s, Voltage 3.8591957092285156 V; row 2 at 300.08 s.
    expect(data.columns.time[0]).toBeCloseTo(0.072595419795086, 12);
    expect(data.columns.time[1]).toBeCloseTo(300.08016077185823, 10);
    expect(data.columns.voltage[0]).toBeCloseTo(3.8591957092285156, 12);
    const [vMin, vMax] = range(data.columns.voltage);
    expect(vMin).toBeGreaterThan(2.95);
    expect(vMax).toBeLessThan(4.35);
    const [iMin, iMax] = range(data.columns.current);
    expect(iMax * 1e6).toBeCloseTo(86.6, 0);
    expect(iMin * 1e6).toBeCloseTo(-86.6, 0);
    expect(range(data.columns.cycle as Float64Array)[1]).toBe(5);
    // Global_Table Start_DateTime 45131.78472222222 OLE days since 1899-12-30.
    expect(data.metadata.startTime).toBe("2023-07-24T18:50:00");
    expect(data.metadata.notes?.Test_Name).toBe("ajm314_LCO_ajm5-SSB1-F_Wait48hr-Repeat-01-012");
  });

  it("cellpy 20160805_test001_45_cc_01.res: Si vs Li, 10 261 rows, 18 cycles, MASS 0.000853 g", () => {
    const data = readArbinRes(load("cellpy/20160805_test001_45_cc_01.res"));
    expect(data.columns.time.length).toBe(10261);
    expect(range(data.columns.cycle as Float64Array)[1]).toBe(18);
    const [vMin, vMax] = range(data.columns.voltage);
    expect(vMin).toBeCloseTo(0.05, 2);
    expect(vMax).toBeCloseTo(3.117, 2);
    const [iMin, iMax] = range(data.columns.current);
    expect(Math.max(-iMin, iMax) * 1e3).toBeCloseTo(0.306, 2);
    expect(data.metadata.activeMass).toBeCloseTo(0.0008528379839845002e-3, 15);
    // Charge capacity ≤ 1.75 mAh (SOURCES.md), stored in coulombs.
    expect(range(data.columns.chargeCapacity as Float64Array)[1] / 3.6).toBeLessThan(1.76);
  });

  it("battery-data-format mits7-0.res.gz: gzipped, 8 rows, comments", () => {
    const data = readBytes(load("battery-data-format/mits7-0.res.gz"), {
      fileName: "mits7-0.res.gz",
    });
    expect(data.metadata.format).toBe("arbin-res");
    expect(data.kind).toBe("cycling");
    if (data.kind !== "cycling") return;
    expect(data.columns.time.length).toBe(8);
    expect(data.metadata.comments).toBe("Test cell fixture for res-format parser tests.");
  });

  it("fuzz: truncated or bit-flipped .res → a dataset or LmbError, nothing else", () => {
    const bytes = load("battery-data-format/mits7-0.res.gz");
    const inflated = readArbinRes(bytes).columns.time.length;
    expect(inflated).toBe(8);
    const original = load("navani/arbin_example.res");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: original.length }),
        fc.integer({ min: 0, max: original.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (cut, flipAt, mask) => {
          const variant = original.slice(0, Math.max(cut, 1));
          if (flipAt < variant.length) variant[flipAt] = (variant[flipAt] ?? 0) ^ mask;
          try {
            readArbinRes(variant, { fileName: "fuzz.res" });
          } catch (error) {
            expect(error).toBeInstanceOf(LmbError);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("Arbin .xlsx", () => {
  it("navani bs542_004…Channel_11.xlsx: graphite vs Li, 4 526 rows, ±50 µA, 50 mV floor, start 2020-10-19", () => {
    const name = "bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx";
    const data = readBytes(load(`navani/${name}`), { fileName: name });
    expect(data.metadata.format).toBe("arbin-xlsx");
    if (data.kind !== "cycling") throw new Error("expected cycling");
    const c = data.columns;
    expect(c.time.length).toBe(4526);
    // Row 2 of Channel_11_1: Test_Time 1.001 s, Voltage 2.637298583984375 V, Current 0.
    expect(c.time[0]).toBe(1.001);
    expect(c.voltage[0]).toBe(2.637298583984375);
    // Last row: 1204815.81068 s, 0.07228660583496094 V, 5.0827860832214355e-5 A, Discharge 0.0110548976808786 Ah.
    expect(c.time[4525]).toBeCloseTo(1204815.81068, 5);
    expect(c.current[4525]).toBeCloseTo(5.0827860832214355e-5, 15);
    expect(c.dischargeCapacity?.[4525]).toBeCloseTo(0.0110548976808786 * 3600, 9);
    const [lo, hi] = range(c.current);
    expect(lo).toBeGreaterThan(-5.3e-5);
    expect(hi).toBeLessThan(5.3e-5);
    expect(range(c.voltage)[0]).toBeCloseTo(0.05, 3);
    expect(data.metadata.startTime).toBe("2020-10-19T11:33:31");
    expect(data.metadata.technique).toBe("Ben\\bs542_graphite_slow_rate.sdu");
    expect(data.metadata.instrument).toBe("Arbin PV7.0 Build: 180508USB");
  });

  it("a ZIP that is not an Arbin workbook fails with E_FORMAT naming the file", () => {
    try {
      readBytes(load("fastnda/interp-test.ndax"), { fileName: "x.xlsx", format: "arbin-xlsx" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LmbError);
      expect((error as LmbError).code).toBe("E_FORMAT");
      expect((error as LmbError).message).toContain("x.xlsx");
    }
  });

  it("fuzz: truncated or bit-flipped .xlsx → a dataset or LmbError, nothing else", () => {
    const original = load("navani/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: original.length }),
        fc.integer({ min: 0, max: original.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (cut, flipAt, mask) => {
          const variant = original.slice(0, Math.max(cut, 1));
          if (flipAt < variant.length) variant[flipAt] = (variant[flipAt] ?? 0) ^ mask;
          try {
            readBytes(variant, { fileName: "fuzz.xlsx", format: "arbin-xlsx" });
          } catch (error) {
            expect(error).toBeInstanceOf(LmbError);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("without @lmb/io/node's reader registered, a .res is refused with E_UNSUPPORTED naming the fix", async () => {
    const registry = await import("./mdbReaderRegistry.js");
    const previous = registry.registeredMdbReader();
    registry.registerMdbReader(undefined as never);
    try {
      expect(() => readArbinRes(load("navani/arbin_example.res"), { fileName: "a.res" })).toThrow(
        /needs @lmb\/io\/node/,
      );
    } finally {
      if (previous) registry.registerMdbReader(previous);
    }
  });
});
