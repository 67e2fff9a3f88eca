import { readFileSync } from "node:fs";
import { isLmbError, LmbError } from "@lmb/errors";
import type { CyclingData } from "@lmb/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBytes } from "../read.js";
import { maccorTextReader } from "./maccorTextReader.js";
import { readMaccorText } from "./readMaccorText.js";

// Fixtures: <repo>/../shared/data/cycling; expected values from SOURCES.md and rows of the files
// quoted in each test (Rec number → row index = Rec − 1).
const FIXTURES = new URL("../../../../../shared/data/cycling/", import.meta.url);
const load = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const encode = (text: string) => new TextEncoder().encode(text);

function range(values: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function cycling(bytes: Uint8Array, fileName: string): CyclingData {
  const data = readBytes(bytes, { fileName });
  expect(data.metadata.format).toBe("maccor-txt");
  if (data.kind !== "cycling") throw new Error("expected cycling data");
  return data;
}

describe("Maccor text exports (fixtures)", () => {
  it("cellpy maccor_002.txt: 7 446 rows, 2 cycles, |I| ≤ 0.162 mA, 0.035–3.8 V, garbage header bytes", () => {
    const data = cycling(load("cellpy/maccor_002.txt"), "maccor_002.txt");
    const c = data.columns;
    expect(c.time.length).toBe(7446);
    expect(range(c.cycle as Float64Array)).toEqual([1, 2]);
    expect(range(c.voltage)[0]).toBeCloseTo(0.0345, 6);
    expect(range(c.voltage)[1]).toBeCloseTo(3.8, 6);
    expect(Math.max(...range(c.current).map(Math.abs))).toBeLessThanOrEqual(0.162e-3);
    // Rec 2290: TestTime 1273.411833 (minutes, per DPt Time), Md D, Current 0.00016190 A.
    expect(c.time[2289]).toBeCloseTo(1273.411833 * 60, 4);
    expect(c.current[2289]).toBeCloseTo(-1.619e-4, 10);
    expect(data.metadata.currentSign).toBe("magnitude-with-state");
    expect(data.metadata.startTime).toBe("2021-05-11T15:40:24");
    expect(data.metadata.technique).toBe("CW_MZ_SIMBA_CT.000");
    expect(data.metadata.notes?.Description).toBe("SIMBA-Capacity_test");
    expect(data.metadata.notes?.Channel).toBe("53");
  });

  it("cellpy maccor_two.txt: decimal comma, minutes, rest at 0.14–0.15 V; the cut last row is dropped with a warning", () => {
    const data = cycling(load("cellpy/maccor_two.txt"), "maccor_two.txt");
    const c = data.columns;
    expect(c.time.length).toBe(213);
    expect(c.time[212]).toBeCloseTo(212 * 60, 6);
    expect(c.voltage[0]).toBeCloseTo(0.1377, 6);
    expect(range(c.voltage)[0]).toBeGreaterThanOrEqual(0.137);
    expect(range(c.voltage)[1]).toBeLessThanOrEqual(0.152);
    expect(range(c.current)).toEqual([0, 0]);
    expect(data.metadata.warnings.map((w) => w.code)).toContain("W_TRUNCATED");
    // "06/05/2021": no field above 12 anywhere in the file, so Maccor's month-first is assumed.
    expect(data.metadata.startTime).toBe("2021-06-05T11:23:46");
    expect(data.metadata.notes?.["date order"]).toBe("month-first");
  });

  it("cellpy maccor_three.txt: 4 009 rows, cycles 0–14, −897…+183 mA, 'Volts' in mV corrected", () => {
    const data = cycling(load("cellpy/maccor_three.txt"), "maccor_three.txt");
    const c = data.columns;
    expect(c.time.length).toBe(4009);
    expect(range(c.cycle as Float64Array)).toEqual([0, 14]);
    expect(range(c.current)[0]).toBeCloseTo(-0.8974, 3);
    expect(range(c.current)[1]).toBeCloseTo(0.1833, 3);
    expect(range(c.voltage)[0]).toBeCloseTo(1.3, 2);
    expect(range(c.voltage)[1]).toBeCloseTo(3.802, 3);
    // Rec 362: 0d 06:00:00.04, 181.5824 mAmps, 1886.0151 "Volts", 0.0013 mAmp-hr, state C.
    expect(c.time[361]).toBeCloseTo(21600.04, 6);
    expect(c.current[361]).toBeCloseTo(0.1815824, 9);
    expect(c.voltage[361]).toBeCloseTo(1.8860151, 9);
    expect(c.chargeCapacity?.[361]).toBeCloseTo(0.0013e-3 * 3600, 9);
    expect(data.metadata.warnings.map((w) => w.code)).toContain("W_UNIT_CORRECTED");
    expect(data.metadata.startTime).toBe("2021-08-23T18:04:18");
  });

  it("beep PredictionDiagnostics_000151_test.052: 333 rows of a −4.84 A discharge, cycle 37, step 44", () => {
    const data = cycling(
      load("beep/PredictionDiagnostics_000151_test.052"),
      "PredictionDiagnostics_000151_test.052",
    );
    const c = data.columns;
    expect(c.time.length).toBe(333);
    expect(c.time[0]).toBeCloseTo(769267.24, 6);
    expect(c.current[0]).toBeCloseTo(-4.8400091554, 9);
    expect(c.voltage[0]).toBeCloseTo(3.86823835, 9);
    expect(c.dischargeCapacity?.[0]).toBeCloseTo(0.0191579754 * 3600, 6);
    expect(c.capacity?.[0]).toBeCloseTo(-0.0191579754 * 3600, 6);
    expect(range(c.cycle as Float64Array)).toEqual([37, 37]);
    expect(range(c.step as Float64Array)).toEqual([44, 44]);
    expect(data.metadata.currentSign).toBe("positive-oxidation");
    expect(data.metadata.technique).toBe("PredictionDiagnostics_000151.000");
    expect(data.metadata.notes?.["Comment/Barcode"]).toBe("00001E");
  });

  it("beep maccor_test_file_4267-66-6519.041: 74 rows of an EIS procedure at 3.908 V", () => {
    const data = cycling(
      load("beep/maccor_test_file_4267-66-6519.041"),
      "maccor_test_file_4267-66-6519.041",
    );
    expect(data.columns.time.length).toBe(74);
    expect(data.columns.voltage[0]).toBeCloseTo(3.90806439, 9);
    expect(data.metadata.startTime).toBe("2016-11-02T15:57:53");
    expect(data.metadata.technique).toBe("EIS 1.000FRA default");
  });
});

const HEADER =
  "Rec\tCycle P\tCycle C\tStep\tTestTime\tStepTime\tCap. [Ah]\tEner. [Wh]\tCurrent [A]\tVoltage [V]\tMd\tES\tDPT Time";
const row = (rec: number, t: string, i: string, v: string, md: string, stamp: string, cap = "0") =>
  `${rec}\t0\t1\t1\t${t}\t${t}\t${cap}\t0\t${i}\t${v}\t${md}\t0\t${stamp}`;

describe("Maccor text exports (synthetic)", () => {
  it("signs magnitude-only current by the state letter and splits capacity into charge/discharge", () => {
    const text = [
      "Name:\tcell",
      "",
      HEADER,
      "",
      row(1, "0", "0.001", "3.5", "C", "1/2/2022 10:00:00 AM", "0"),
      row(2, "1", "0.001", "3.6", "C", "1/2/2022 10:01:00 AM", "0.5"),
      row(3, "2", "0.001", "3.4", "D", "1/2/2022 10:02:00 AM", "0.25"),
      row(4, "3", "0", "3.45", "R", "1/2/2022 10:03:00 AM", "0"),
    ].join("\r\n");
    const data = readMaccorText(encode(text), { fileName: "s.txt" });
    expect(Array.from(data.columns.current)).toEqual([0.001, 0.001, -0.001, 0]);
    expect(Array.from(data.columns.time)).toEqual([0, 60, 120, 180]);
    expect(Array.from(data.columns.chargeCapacity ?? [])).toEqual([0, 1800, 0, 0]);
    expect(Array.from(data.columns.dischargeCapacity ?? [])).toEqual([0, 0, 900, 0]);
    expect(Array.from(data.columns.capacity ?? [])).toEqual([0, 1800, -900, 0]);
    expect(data.metadata.currentSign).toBe("magnitude-with-state");
    expect(data.metadata.startTime).toBe("2022-01-02T10:00:00");
  });

  it("reads a decimal comma and day-first stamps", () => {
    const text = [
      HEADER,
      row(1, "0,5", "0,002", "3,5", "C", "13/02/2022 10:00:30"),
      row(2, "1,5", "0,002", "3,6", "C", "13/02/2022 10:01:30"),
    ].join("\n");
    const data = readMaccorText(encode(text));
    expect(Array.from(data.columns.time)).toEqual([30, 90]);
    expect(data.columns.voltage[1]).toBeCloseTo(3.6, 12);
    expect(data.metadata.startTime).toBe("2022-02-13T10:00:30");
  });

  it("reads Test (Sec) as seconds and 0d hh:mm:ss clock times", () => {
    const raw =
      "Rec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time\n" +
      "1\t1\t2\t10.5\t0.5\t0\t0\t-1\t3.9\tD\t0\t10/21/2019 23:59:59\n";
    expect(readMaccorText(encode(raw)).columns.time[0]).toBe(10.5);
    const clock = raw
      .replace("Test (Sec)\tStep (Sec)", "TestTime\tStepTime")
      .replace("10.5\t0.5", "  1d 02:00:30.50\t  0d 00:00:00.50");
    const data = readMaccorText(encode(clock));
    expect(data.columns.time[0]).toBeCloseTo(93630.5, 9);
    expect(data.columns.stepTime?.[0]).toBeCloseTo(0.5, 9);
  });

  it("rejects a file without the Rec header, and a bad time, with E_FORMAT and the line", () => {
    expect(() => readMaccorText(encode("a\tb\n1\t2\n"), { fileName: "x.txt" })).toThrow(
      /no Maccor table header/,
    );
    const bad = [
      HEADER,
      row(1, "0", "1", "3", "C", "1/2/2022 10:00:00 AM"),
      row(2, "1d x", "1", "3", "C", "1/2/2022 10:01:00 AM"),
    ].join("\n");
    try {
      readMaccorText(encode(bad), { fileName: "bad.txt" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LmbError);
      expect((error as LmbError).code).toBe("E_FORMAT");
      expect((error as LmbError).location?.line).toBe(3);
    }
  });

  it("is recognised by content whatever the extension", () => {
    const bytes = load("beep/PredictionDiagnostics_000151_test.052");
    expect(maccorTextReader.sniff(bytes, "x.052")).toBeGreaterThan(0.9);
    expect(maccorTextReader.sniff(load("cellpy/batmo_bdf.csv"), "batmo_bdf.csv")).toBe(0);
  });
});

describe("Maccor reader survives damaged input (property)", () => {
  const original = load("cellpy/maccor_002.txt").subarray(0, 6000);
  const survives = (input: Uint8Array) => {
    maccorTextReader.sniff(input, "f.txt");
    try {
      maccorTextReader.read(input, { fileName: "f.txt" });
    } catch (error) {
      if (!isLmbError(error)) throw error;
    }
  };
  it("truncated", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: original.length }), (cut) =>
        survives(original.subarray(0, cut)),
      ),
      { numRuns: 60, seed: 7 },
    );
  });
  it("bit flips", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 7 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (flips) => {
          const copy = original.slice();
          for (const [at, bit] of flips) copy[at] = (copy[at] as number) ^ (1 << bit);
          survives(copy);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
  it("random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => survives(bytes)),
      { numRuns: 100, seed: 7 },
    );
  });
});
