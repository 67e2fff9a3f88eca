import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeXlsx } from "../xlsx/writeXlsx.js";
import { readBtsdaCsv, readBtsdaXlsx } from "./readBtsda.js";
import { NEWARE_BTSDA_CSV_READER, NEWARE_BTSDA_XLSX_READER } from "./readers.js";

const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const bytes = (path: string) => new Uint8Array(readFileSync(DATA + path));
const min = (a: Float64Array) => a.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);
const max = (a: Float64Array) => a.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);

describe("readBtsdaCsv — flat export (cellpy/neware_uio.csv, SOURCES.md)", () => {
  const file = "cellpy/neware_uio.csv";
  const data = readBtsdaCsv(bytes(file), { fileName: file });
  const c = data.columns;
  it("has 9 065 rows, 4 cycles, ±0.99 mA and 0.05–2.957 V", () => {
    expect(c.time.length).toBe(9065);
    expect(max(c.cycle as Float64Array)).toBe(4);
    expect(max(c.current)).toBeCloseTo(0.99e-3, 5);
    expect(min(c.current)).toBeCloseTo(-0.99e-3, 5);
    expect(min(c.voltage)).toBeCloseTo(0.05, 3);
    expect(max(c.voltage)).toBeCloseTo(2.957, 3);
  });
  it("reads hh:mm:ss cumulative time and the start date", () => {
    expect(c.time[1]).toBe(60);
    expect(data.metadata.startTime).toBe("2022-05-18T16:27:52");
  });
  it("keeps charge/discharge capacities (~4.2/4.7 mAh per half cycle)", () => {
    const dchg = max(c.dischargeCapacity as Float64Array) / 3.6; // C → mAh
    const chg = max(c.chargeCapacity as Float64Array) / 3.6;
    expect(dchg).toBeGreaterThan(4);
    expect(dchg).toBeLessThan(5);
    expect(chg).toBeGreaterThan(4);
    expect(chg).toBeLessThan(5);
  });
  it("is sniffed as a BTSDA CSV", () => {
    expect(NEWARE_BTSDA_CSV_READER.sniff(bytes(file), file)).toBeGreaterThan(0.9);
  });
});

describe("readBtsdaCsv — layered export (cellpy/nw_regular_export_ife_example.csv)", () => {
  const file = "cellpy/nw_regular_export_ife_example.csv";
  const data = readBtsdaCsv(bytes(file), { fileName: file });
  const c = data.columns;
  it("starts at 4.3185 V and takes cycle/step from the cycle and step rows", () => {
    expect(c.voltage[0]).toBeCloseTo(4.3185, 6);
    expect(c.voltage.length).toBe(9295);
    expect(c.cycle?.[0]).toBe(1);
    expect(c.step?.[0]).toBe(1);
    expect(max(c.cycle as Float64Array)).toBeGreaterThanOrEqual(4);
    expect(max(c.stepCount as Float64Array)).toBeGreaterThan(15);
  });
  it("parses total time beyond 24 h and reads T1(?) as temperature", () => {
    expect(c.time[c.time.length - 1]).toBe(27 * 3600 + 55 * 60 + 43);
    expect((c.temperature as Float64Array)[0]).toBeCloseTo(26.61 + 273.15, 6);
  });
  it("splits BTSDA's unsigned per-step Capacity by step type", () => {
    // Cycle 1 CC Chg ends at 0.02256 Ah, CC DChg at 0.33067 Ah (cycle row of the file).
    expect(max(c.chargeCapacity as Float64Array)).toBeGreaterThan(0.02256 * 3600 * 0.99);
    expect(max(c.dischargeCapacity as Float64Array)).toBeCloseTo(0.33172 * 3600, 0);
  });
});

describe("readBtsdaCsv — µA/mV/mAs/mWs headers in Windows-1252 (fastnda/interp-test.csv)", () => {
  const file = "fastnda/interp-test.csv";
  const data = readBtsdaCsv(bytes(file), { fileName: file });
  it("decodes Current(µA) and converts mV, mAs to SI", () => {
    expect(data.metadata.columns.find((s) => s.key === "current")?.sourceUnit).toBe("µA");
    expect(data.columns.voltage[0]).toBeCloseTo(0.2e-3, 9);
    expect(data.columns.time.length).toBe(333);
    expect(data.columns.time[data.columns.time.length - 1]).toBe(1800);
    expect(data.metadata.formatVersion).toBe("windows-1252");
  });
});

describe("readBtsdaXlsx — generated workbooks in BTSDA layouts (no BTSDA .xlsx fixture exists)", () => {
  const header = [
    "DataPoint",
    "Cycle Index",
    "Step Index",
    "Step Type",
    "Time",
    "Total Time",
    "Current(mA)",
    "Voltage(V)",
    "Capacity(mAh)",
    "Chg. Cap.(mAh)",
    "DChg. Cap.(mAh)",
    "Date",
  ];
  const records = [
    [1, 1, 1, "Rest", "00:00:00", "00:00:00", 0, 3.0, 0, 0, 0, "2024-01-02 03:04:05"],
    [2, 1, 2, "CC Chg", "00:00:10", "00:00:10", 1.5, 3.5, 0.004, 0.004, 0, "2024-01-02 03:04:15"],
    [3, 1, 3, "CC DChg", "00:00:10", "00:00:20", -1.5, 3.2, 0.004, 0, 0.004, "2024-01-02 03:04:25"],
  ];
  it("reads a flat record sheet after an info sheet", () => {
    const xlsx = writeXlsx([
      { name: "Info", rows: [["Neware BTSDA export"]] },
      { name: "Record", rows: [header, ...records] },
    ]);
    expect(NEWARE_BTSDA_XLSX_READER.sniff(xlsx, "export.xlsx")).toBeGreaterThan(0);
    const data = readBtsdaXlsx(xlsx, { fileName: "export.xlsx" });
    expect(Array.from(data.columns.time)).toEqual([0, 10, 20]);
    expect(data.columns.current[1]).toBeCloseTo(1.5e-3, 12);
    expect(data.columns.capacity?.[2]).toBeCloseTo(-0.004 * 3.6, 12);
    expect(data.metadata.startTime).toBe("2024-01-02T03:04:05");
  });
  it("reads a layered sheet (cycle, step, record rows)", () => {
    const xlsx = writeXlsx([
      {
        name: "Sheet1",
        rows: [
          ["Cycle Index", "Chg. Cap.(Ah)", "DChg. Cap.(Ah)"],
          [null, "Step Index", "Step Number", "Step Type", "Step Time"],
          [
            null,
            null,
            "DataPoint",
            "Time",
            "Total Time",
            "Current(A)",
            "Voltage(V)",
            "Capacity(Ah)",
          ],
          [1, 0.001, 0.001, 1, 1, "CC Chg", "00:00:10"],
          [null, null, 1, "00:00:00", "00:00:00", 0.001, 3.9, 0],
          [null, null, 2, "00:00:10", "00:00:10", 0.001, 4.0, 0.001],
          [null, 2, 2, "CC DChg", "00:00:10"],
          [null, null, 3, "00:00:05", "00:00:15", -0.001, 3.8, 0.0005],
        ],
      },
    ]);
    const data = readBtsdaXlsx(xlsx, { fileName: "layered.xlsx" });
    expect(Array.from(data.columns.step as Float64Array)).toEqual([1, 1, 2]);
    expect(Array.from(data.columns.stepCount as Float64Array)).toEqual([1, 1, 2]);
    expect(Array.from(data.columns.time)).toEqual([0, 10, 15]);
    expect(data.columns.dischargeCapacity?.[2]).toBeCloseTo(0.0005 * 3600, 9);
  });
  it("rejects a workbook without a record sheet", () => {
    const xlsx = writeXlsx([{ name: "A", rows: [["x"], [1]] }]);
    expect(() => readBtsdaXlsx(xlsx, { fileName: "a.xlsx" })).toThrowError(/E_FORMAT/);
  });
});
