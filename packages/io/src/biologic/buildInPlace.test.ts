import type { CyclingData } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { biologicMptReader } from "./mptReader.js";

// buildBiologicDataset converts a raw column to SI in place (no copy) only when one dataset
// column takes it and nothing reads it afterwards; these files share or reuse columns.

const mpt = (headers: string[], rows: number[][]) =>
  new TextEncoder().encode(
    [
      "EC-Lab ASCII FILE",
      "Nb header lines : 4",
      "Galvanostatic Cycling with Potential Limitation",
      headers.join("\t"),
      ...rows.map((r) => r.join("\t")),
      "",
    ].join("\n"),
  );

const read = (bytes: Uint8Array, mapping?: Record<string, { key: string; unit?: string }>) =>
  biologicMptReader.read(bytes, {
    fileName: "t.mpt",
    ...(mapping === undefined ? {} : { mapping }),
  }) as CyclingData;

describe("BioLogic columns converted in place", () => {
  it("splits Q charge/discharge before it becomes the capacity, converted in place", () => {
    const data = read(
      mpt(
        ["time/s", "Ewe/V", "I/mA", "Q charge/discharge/mA.h"],
        [
          [0, 3.1, 1, 0.5],
          [1, 3.2, -1, -0.25],
          [2, 3.3, 0, 2],
        ],
      ),
    );
    expect(Array.from(data.columns.capacity as Float64Array)).toEqual([1.8, -0.9, 7.2]);
    expect(Array.from(data.columns.chargeCapacity as Float64Array)).toEqual([1.8, 0, 7.2]);
    expect(Array.from(data.columns.dischargeCapacity as Float64Array)).toEqual([0, 0.9, 0]);
    expect(Array.from(data.columns.current)).toEqual([0.001, -0.001, 0]);
  });

  it("converts a column two dataset columns read once for each, not twice", () => {
    const data = read(
      mpt(
        ["time/s", "Ewe/V", "I/mA", "(Q-Qo)/mA.h"],
        [
          [0, 3.1, 1, 1],
          [1, 3.2, 1, 2],
        ],
      ),
      { "(Q-Qo)/mA.h": { key: "chargeCapacity" } },
    );
    expect(Array.from(data.columns.capacity as Float64Array)).toEqual([3.6, 7.2]);
    expect(Array.from(data.columns.chargeCapacity as Float64Array)).toEqual([3.6, 7.2]);
  });

  it("derives the current from dq and time after time was taken, and keeps mode for rest", () => {
    const data = read(
      mpt(
        ["mode", "time/s", "Ewe/V", "dq/mA.h", "(Q-Qo)/mA.h"],
        [
          [1, 0, 3.1, 0, 0],
          [1, 3600, 3.2, 2, 2],
          [3, 7200, 3.2, 0, 2],
        ],
      ),
    );
    expect(Array.from(data.columns.current)).toEqual([0.002, 0.002, 0]);
    expect(Array.from(data.columns.time)).toEqual([0, 3600, 7200]);
    expect(Array.from(data.columns.capacity as Float64Array)).toEqual([0, 7.2, 7.2]);
  });
});
