import { readFileSync } from "node:fs";
import { isLmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBytes } from "../read.js";
import { pecCsvReader } from "./pecCsvReader.js";
import { readPecCsv } from "./readPecCsv.js";

// Fixture: <repo>/../shared/data/cycling/cellpy/Test25195.csv (SOURCES.md: 65-line OCV test).
const FIXTURES = new URL("../../../../../shared/data/cycling/", import.meta.url);
const load = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const encode = (text: string) => new TextEncoder().encode(text);

const HEADER =
  "Test,Cell,Rack,Shelf,Position,Cell ID,Step,Instruction Name,Cycle,Total Time (Hours in hh:mm:ss.xxx),Step Time (Seconds),Voltage (mV),Current (mA),Charge Capacity (mAh),Discharge Capacity (mAh),Temp (°C)";

describe("PEC CSV", () => {
  it("cellpy Test25195.csv: 19 rows of an OCV test at 3.569 V, start time, regime", () => {
    const data = readBytes(load("cellpy/Test25195.csv"), { fileName: "Test25195.csv" });
    expect(data.metadata.format).toBe("pec-csv");
    if (data.kind !== "cycling") throw new Error("expected cycling");
    const c = data.columns;
    expect(c.time.length).toBe(19);
    // First row 00:00:00.002, 3.5690308 V, -8E-06 A; last 00:02:42.363.
    expect(c.time[0]).toBeCloseTo(0.002, 9);
    expect(c.time[18]).toBeCloseTo(162.363, 9);
    expect(c.voltage[0]).toBeCloseTo(3.5690308, 9);
    expect(c.current[0]).toBeCloseTo(-8e-6, 12);
    expect(c.temperature?.[1]).toBeCloseTo(16.75 + 273.15, 9);
    expect(data.metadata.startTime).toBe("2026-01-06T17:46:49");
    expect(data.metadata.technique).toBe("OCV generic long HP");
    expect(data.metadata.notes?.Chemistry).toBe("Li-ion LG NMC");
  });

  it("reads units from the headers (mV, mA, mAh), hours past 24 and ignores a # results block", () => {
    const text = [
      "Start Time:,13/02/2026 08:00:00",
      HEADER,
      "1,1,A,1,1,x,1,Charge,1,00:00:01.000,1,3500,100,0.5,0,25",
      "1,1,A,1,1,x,2,Discharge,1,27:00:00.500,2,3400,-100,0.5,0.25,26",
      "#RESULTS CHECK",
      "#some,summary",
    ].join("\n");
    const data = readPecCsv(encode(text));
    expect(Array.from(data.columns.time)).toEqual([1, 27 * 3600 + 0.5]);
    expect(Array.from(data.columns.voltage)).toEqual([3.5, 3.4]);
    expect(Array.from(data.columns.current)).toEqual([0.1, -0.1]);
    expect(data.columns.capacity?.[1]).toBeCloseTo(0.25 * 3.6, 12);
    expect(data.metadata.startTime).toBe("2026-02-13T08:00:00");
  });

  it("fails with E_FORMAT and the line for a bad duration", () => {
    const text = [HEADER, "1,1,A,1,1,x,1,Charge,1,1h,1,3500,100,0,0,25"].join("\n");
    expect(() => readPecCsv(encode(text), { fileName: "p.csv" })).toThrow(
      /not a duration.*line 2|p\.csv/,
    );
  });

  it("survives truncated and bit-flipped input (property)", () => {
    const original = load("cellpy/Test25195.csv");
    const survives = (input: Uint8Array) => {
      pecCsvReader.sniff(input, "f.csv");
      try {
        pecCsvReader.read(input, { fileName: "f.csv" });
      } catch (error) {
        if (!isLmbError(error)) throw error;
      }
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: original.length }), (cut) =>
        survives(original.subarray(0, cut)),
      ),
      { numRuns: 50, seed: 5 },
    );
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
      { numRuns: 50, seed: 5 },
    );
  });
});
