import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CyclingData } from "@lmb/schemas";
import { parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { describe, expect, it } from "vitest";
import { readNda } from "./readNda.js";
import { decodeNdax, readNdax } from "./readNdax.js";

// Fixtures: <repo>/../shared/data/cycling (repo root is 4 levels above src/neware).
const DATA = fileURLToPath(new URL("../../../../../shared/data/cycling/", import.meta.url));
const bytes = (path: string) => new Uint8Array(readFileSync(DATA + path));

type Row = Record<string, unknown>;
async function reference(path: string): Promise<Row[]> {
  const b = readFileSync(DATA + path);
  const file = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  return (await parquetReadObjects({ file, compressors })) as Row[];
}
const col = (rows: Row[], name: string) => Float64Array.from(rows, (r) => Number(r[name]));

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++)
    max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)));
  return max;
}

/**
 * Compares a dataset with a BTSDA parquet export (vendor ground truth). Tolerances follow the
 * export's rounding (fastnda tests): voltage 0.06 mV (float32 of 0.1 mV values), current
 * 0.5 µA, capacity 2 mA·s (≈ 6e-4 mAh) or 1e-6 relative, energy 1 mW·s or 1e-6 relative, step
 * time 1 ms, total time 10 ms below 1800 s and 0.1 s above (BTSDA prints fewer digits later).
 */
function expectMatchesReference(data: CyclingData, rows: Row[]) {
  const c = data.columns;
  expect(c.voltage.length).toBe(rows.length);
  const mV = Float64Array.from(c.voltage, (v) => v * 1000);
  expect(maxAbsDiff(mV, col(rows, "Voltage(mV)"))).toBeLessThan(0.06);
  const uA = Float64Array.from(c.current, (v) => v * 1e6);
  expect(maxAbsDiff(uA, col(rows, "Current(uA)"))).toBeLessThan(0.5);
  const refCap = col(rows, "Capacity(mAs)");
  const refEnergy = col(rows, "Energy(mWs)");
  const chg = c.chargeCapacity as Float64Array;
  const dchg = c.dischargeCapacity as Float64Array;
  const chgE = c.chargeEnergy as Float64Array;
  const dchgE = c.dischargeEnergy as Float64Array;
  for (let i = 0; i < rows.length; i++) {
    const cap = ((chg[i] as number) + (dchg[i] as number)) * 1000; // C → mA·s
    const ref = Math.abs(refCap[i] as number);
    expect(
      Math.abs(cap - ref) < 2 || Math.abs(cap - ref) < 1e-6 * ref,
      `capacity row ${i}: ${cap} vs ${ref}`,
    ).toBe(true);
    const energy = ((chgE[i] as number) + (dchgE[i] as number)) * 1000; // J → mW·s
    const refE = Math.abs(refEnergy[i] as number);
    expect(
      Math.abs(energy - refE) < 1 || Math.abs(energy - refE) < 1e-6 * refE,
      `energy row ${i}: ${energy} vs ${refE}`,
    ).toBe(true);
  }
  expect(maxAbsDiff(c.stepTime as Float64Array, col(rows, "Time"))).toBeLessThan(1e-3);
  const total = col(rows, "Total Time");
  for (let i = 0; i < rows.length; i++) {
    const tol = (total[i] as number) < 1800 ? 0.0101 : (total[i] as number) < 1e6 ? 0.101 : 1.01;
    expect(Math.abs((c.time[i] as number) - (total[i] as number)), `time row ${i}`).toBeLessThan(
      tol,
    );
  }
  expect(Array.from(c.step as Float64Array)).toEqual(Array.from(col(rows, "Step Index")));
  expect(Array.from(c.stepCount as Float64Array)).toEqual(Array.from(col(rows, "Step Count")));
  expect(Array.from(c.cycle as Float64Array)).toEqual(Array.from(col(rows, "Cycle Index")));
}

const PAIRS: [string, string, string][] = [
  ["fastnda/21_10_7_85.ndax", "fastnda/21_10_7_85.parquet", "ndc 14"],
  [
    "fastnda/TESTCELL0001-Test_Data_Collection_Ndc17.ndax",
    "fastnda/TESTCELL0001-Test_Data_Collection_Ndc17.parquet",
    "ndc 17",
  ],
  ["fastnda/interp-test.ndax", "fastnda/interp-test.parquet", "ndc 14"],
  ["fastnda/nw4-120-1-6-53.ndax", "fastnda/nw4-120-1-6-53.parquet", "ndc 14"],
];

describe("readNdax against BTSDA parquet exports (fastnda fixtures, BSD-3)", () => {
  for (const [file, ref, version] of PAIRS) {
    it(`${file} (${version}) matches ${ref}`, async () => {
      const data = readNdax(bytes(file), { fileName: file });
      expect(data.metadata.formatVersion).toBe(version);
      expectMatchesReference(data, await reference(ref));
    });
  }
});

describe("readNda against BTSDA parquet exports", () => {
  const NDA: [string, string, string][] = [
    ["navani/test.nda", "fastnda/new_nda_file.parquet", "nda 29"],
    ["fastnda/nda_v22.nda.zip", "fastnda/nda_v22.parquet", "nda 22"],
    ["fastnda/TestFile.nda.zip", "fastnda/TestFile.parquet", "nda 130"],
  ];
  for (const [file, ref, version] of NDA) {
    it(`${file} (${version}) matches ${ref}`, async () => {
      const data = readNda(bytes(file), { fileName: file });
      expect(data.metadata.formatVersion).toBe(version);
      expectMatchesReference(data, await reference(ref));
    });
  }
});

describe("readNdax fixtures without a reference export", () => {
  it("reads cellpy's BTS 8.0.4 ndc 17 file with aux temperature and Step.xml program", () => {
    const file = "cellpy/20260302_IFE_BTS85_2_9_8_1.ndax";
    const data = readNdax(bytes(file), { fileName: file });
    expect(data.metadata.formatVersion).toBe("ndc 17");
    expect(data.columns.voltage.length).toBeGreaterThan(1000);
    expect(data.metadata.startTime).toBe("2026-02-27T11:17:33");
    expect(String(data.metadata.notes?.program)).toContain("2 CC Chg 63 mA → 1.5 V");
  });
});

describe("readNdax small fixtures", () => {
  it("navani/test.ndax (ndc 5, full records): CCCV 0.12 mA to 4.4 V, then discharge", () => {
    const data = readNdax(bytes("navani/test.ndax"), { fileName: "test.ndax" });
    expect(data.metadata.formatVersion).toBe("ndc 5");
    const c = data.columns;
    const maxI = c.current.reduce((m, v) => Math.max(m, v), 0);
    const minI = c.current.reduce((m, v) => Math.min(m, v), 0);
    const maxV = c.voltage.reduce((m, v) => Math.max(m, v), 0);
    expect(maxI).toBeCloseTo(0.12e-3, 6);
    expect(minI).toBeCloseTo(-0.12e-3, 6);
    expect(maxV).toBeLessThanOrEqual(4.4001);
    expect(maxV).toBeGreaterThan(4.3);
  });
  it("battery-data-format/filetype14-0.ndax (ndc 14) reads", () => {
    const data = readNdax(bytes("battery-data-format/filetype14-0.ndax"), {
      fileName: "filetype14-0.ndax",
    });
    expect(data.metadata.formatVersion).toBe("ndc 14");
    expect(data.columns.time.length).toBeGreaterThan(0);
  });
  it("21_10_7_85.ndax carries Step.xml SCQ=4000 as 4 mg active mass", () => {
    const data = readNdax(bytes("fastnda/21_10_7_85.ndax"), { fileName: "21_10_7_85.ndax" });
    expect(data.metadata.activeMass).toBeCloseTo(4e-6, 12);
  });
  it("cellpy ndc 17: aux temperature near room temperature", () => {
    const { records } = decodeNdax(bytes("cellpy/20260302_IFE_BTS85_2_9_8_1.ndax"));
    const t = records.temperature as Float64Array;
    expect(t[0]).toBeGreaterThan(15);
    expect(t[0]).toBeLessThan(40);
  });
  it("rejects an unsupported ndc version with E_UNSUPPORTED_VERSION", async () => {
    const { unzipSync, zipSync } = await import("fflate");
    const files = unzipSync(bytes("fastnda/21_10_7_85.ndax"));
    (files["data.ndc"] as Uint8Array)[2] = 99;
    expect(() => readNdax(zipSync(files), { fileName: "x.ndax" })).toThrowError(
      /E_UNSUPPORTED_VERSION/,
    );
  });
});
