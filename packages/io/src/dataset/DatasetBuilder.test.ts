import { describe, expect, it } from "vitest";
import { DatasetBuilder } from "./DatasetBuilder.js";

describe("DatasetBuilder", () => {
  it("converts each column to SI and records its source", () => {
    const b = new DatasetBuilder("cycling", { format: "test" });
    b.add("time", [0, 1], "h");
    b.add("voltage", [3000, 3100], "mV");
    b.add("current", [1, -1], "mA", { sourceName: "I/mA" });
    b.add("capacity", [0, 3.6], "C");
    b.add("energy", [0, 1], "mW.h");
    b.add("temperature", [25, 26], "C");
    const data = b.build();
    expect(Array.from(data.columns.time)).toEqual([0, 3600]);
    expect(Array.from(data.columns.voltage)).toEqual([3, 3.1]);
    expect(Array.from(data.columns.current)).toEqual([1e-3, -1e-3]);
    expect(Array.from(data.columns.capacity ?? [])).toEqual([0, 3.6]);
    expect(data.columns.energy?.[1]).toBeAllClose(3.6, { rtol: 1e-12 });
    expect(data.columns.temperature?.[0]).toBeAllClose(298.15, { rtol: 1e-12 });
    expect(data.metadata.columns.find((c) => c.key === "current")).toEqual({
      key: "current",
      unit: "A",
      sourceName: "I/mA",
      sourceUnit: "mA",
    });
  });

  it("refuses a unit of the wrong dimension, naming the column", () => {
    const b = new DatasetBuilder("cycling", { format: "test", sourceFile: "x.csv" });
    expect(() => b.add("current", [1], "mA cm-2", { sourceName: "I (mA/cm2)" })).toThrow(
      /cannot be a current/,
    );
    expect(() => b.add("voltage", [1], "furlongs")).toThrow(/E_FORMAT/);
  });

  it("a cycling clock that restarts (0, 10, 20 | 0, 10) continues (… 20, 20, 30), with W_TIME_RESTART; the reader's array is untouched", () => {
    const b = new DatasetBuilder("cycling", { format: "test", sourceFile: "x.csv" });
    const time = new Float64Array([0, 10, 20, 0, 10, 9.5, 20]);
    b.add("time", time, "s");
    b.add("voltage", [0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02], "V");
    b.add("current", [1, 1, 1, 1, 1, 1, 1], "mA");
    const data = b.build();
    // restart at index 3: later points shifted by 20 s; the 0.5 s step back at index 5 is jitter
    expect(Array.from(data.columns.time)).toEqual([0, 10, 20, 20, 30, 30, 40]);
    expect(data.metadata.warnings).toEqual([
      {
        code: "W_TIME_BACKWARDS",
        message:
          "time stepped back by ≤ 1 s at 1 point(s) (first at index 5); clamped to the previous time",
      },
      {
        code: "W_TIME_RESTART",
        message:
          "time restarted 1 time(s) (first at index 3); later points were shifted to continue from the last time",
      },
    ]);
    expect(Array.from(time)).toEqual([0, 10, 20, 0, 10, 9.5, 20]);
  });

  it("an ordered clock is stored as given (no copy, no warning)", () => {
    const b = new DatasetBuilder("cycling", { format: "test" });
    const time = new Float64Array([0, 1, 1, 2]);
    b.add("time", time, "s");
    b.add("voltage", [1, 1, 1, 1], "V");
    b.add("current", [1, 1, 1, 1], "A");
    const data = b.build();
    expect(data.columns.time).toBe(time);
    expect(data.metadata.warnings).toEqual([]);
  });
});
