import { readFileSync } from "node:fs";
import { LmbError } from "@lmb/errors";
import { describe, expect, it } from "vitest";
import { ByteReader } from "../binary/ByteReader.js";
import { readBytes } from "../read.js";
import { decodeMpr } from "./decodeMpr.js";
import { listMprModules } from "./mprModules.js";

const FIXTURES = new URL("../../../../../shared/data/cycling/", import.meta.url);
const JDB = new Uint8Array(
  readFileSync(new URL("navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr", FIXTURES)),
);
const OCV_NEW = new Uint8Array(readFileSync(new URL("navani/00_test_01_OCV_C01.mpr", FIXTURES)));

/** A copy of `bytes` with data-module column IDs replaced (index → new ID). */
function withIds(bytes: Uint8Array, replace: Record<number, number>, version?: number): Uint8Array {
  const copy = bytes.slice();
  const data = listMprModules(new ByteReader(copy)).find((m) => m.shortName === "VMP data");
  if (data === undefined) throw new Error("fixture without data module");
  const view = new DataView(copy.buffer);
  for (const [index, id] of Object.entries(replace)) {
    view.setUint16(data.bodyOffset + 5 + 2 * Number(index), id, !data.newLayout);
  }
  if (version !== undefined) view.setUint32(data.offset + 45, version, true);
  return copy;
}

function code(run: () => unknown): string {
  try {
    run();
    return "ok";
  } catch (error) {
    return error instanceof LmbError ? error.code : `not an LmbError: ${String(error)}`;
  }
}

// jdb11-1 column IDs: 1,2,3,21,31,65,131,4,7,13,5,6,39,467,468,70 (index 15 = P/W).
describe("unknown .mpr column IDs", () => {
  it("skips one unknown column whose width follows from the record size, with W_UNKNOWN_COLUMN", () => {
    const d = readBytes(withIds(JDB, { 15: 255 }));
    if (d.kind !== "cycling") throw new Error("expected cycling");
    expect(d.columns.power).toBeUndefined();
    expect(d.columns.time.length).toBe(46102);
    const warning = d.metadata.warnings.find((w) => w.code === "W_UNKNOWN_COLUMN");
    expect(warning?.message).toContain("255");
    expect(warning?.message).toContain("4 bytes at record byte 49");
    expect(warning?.offset).toBeGreaterThan(7000);
    const reference = readBytes(JDB);
    if (reference.kind !== "cycling") throw new Error("expected cycling");
    expect(d.columns.voltage).toEqual(reference.columns.voltage);
  });

  it("names the ID mod 256 twin of an unknown ID ≥ 256 but does not decode it as such", () => {
    const d = readBytes(withIds(JDB, { 15: 70 + 512 }));
    if (d.kind !== "cycling") throw new Error("expected cycling");
    expect(d.columns.power).toBeUndefined();
    expect(d.metadata.warnings.some((w) => w.message.includes('ID 70 is "P/W"'))).toBe(true);
  });

  it("skips a contiguous block of unknown columns", () => {
    const d = readBytes(withIds(JDB, { 14: 254, 15: 255 }));
    expect(d.metadata.warnings.filter((w) => w.code === "W_UNKNOWN_COLUMN")).toHaveLength(2);
  });

  it("throws E_UNSUPPORTED_VERSION naming the IDs when the widths cannot be determined", () => {
    expect(code(() => readBytes(withIds(JDB, { 8: 254, 15: 255 })))).toBe("E_UNSUPPORTED_VERSION");
    expect(code(() => readBytes(withIds(JDB, { 15: 255 }, 7)))).toBe("E_UNSUPPORTED_VERSION");
    try {
      readBytes(withIds(JDB, { 8: 254, 15: 255 }), { fileName: "x.mpr" });
    } catch (error) {
      expect((error as LmbError).message).toContain("254, 255");
      expect((error as LmbError).location?.source).toBe("x.mpr");
    }
  });

  it("reads big-endian IDs in the EC-Lab ≥ 11.50 layout, and an unknown one there", () => {
    const raw = decodeMpr(withIds(OCV_NEW, { 3: 255 })); // Ewe/V → unknown
    expect(raw.warnings.map((w) => w.code)).toEqual(["W_UNKNOWN_COLUMN"]);
    expect(raw.columns.map((c) => c.header)).toEqual(["mode", "error", "time/s"]);
    expect(code(() => readBytes(withIds(OCV_NEW, {}), { kind: "cycling" }))).toBe("ok");
  });

  it("known IDs of a data module of unknown version are located from the end of the module", () => {
    const d = readBytes(withIds(JDB, {}, 7));
    expect(d.metadata.formatVersion).toBe("data module 7");
    if (d.kind !== "cycling") throw new Error("expected cycling");
    expect(d.columns.time.length).toBe(46102);
  });
});
