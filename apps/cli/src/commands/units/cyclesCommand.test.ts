import { CycleCountResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

const ARGS = ["units", "cycles", "--current", "5 mA cm-2", "--capacity", "1 mAh cm-2"];

describe("lmb units cycles", () => {
  it("fits 750 cycles in 300 h at 5 mA cm⁻² / 1 mAh cm⁻² (cycle = 2q/j = 0.4 h, SCIENCE.md §2)", async () => {
    const run = await runCaptured([...ARGS, "--duration", "300 h"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "cycle duration   0.4 h  2q/j",
        "cycles           750    duration / cycle",
        "complete cycles  750",
        "",
      ].join("\n"),
    );
    const result = CycleCountResultSchema.parse(await runJson([...ARGS, "--duration", "300 h"]));
    expect(result.cycles).toBeAllClose(750, { rtol: 1e-12 });
    expect(result.completeCycles).toBe(750);
    expect(result.halfCycles).toBeAllClose(1500, { rtol: 1e-12 });
    expect(result.cycle.si).toBeAllClose(0.4 * 3600, { rtol: 1e-12 });
    expect(result.halfCycle).toMatchObject({ unit: "h" });
    expect(result.halfCycle.value).toBeAllClose(0.2, { rtol: 1e-12 });
    expect(result.duration).toMatchObject({ value: 300, unit: "h" });
  });

  it("adds the rest to each half cycle", async () => {
    // half cycle = 1 h + 0.5 h, cycle = 3 h → 100 cycles in 300 h
    const result = CycleCountResultSchema.parse(
      await runJson([
        "units",
        "cycles",
        "--current",
        "1 mA cm-2",
        "--capacity",
        "1 mAh cm-2",
        "--duration",
        "300 h",
        "--rest",
        "30 min",
      ]),
    );
    expect(result.cycles).toBeAllClose(100, { rtol: 1e-12 });
    expect(result.rest).toMatchObject({ value: 30, unit: "min" });
  });

  it("exits 1 when --current is not a current density", async () => {
    const run = await runCaptured([
      "units",
      "cycles",
      "--current",
      "5 mAh cm-2",
      "--capacity",
      "1 mAh cm-2",
      "--duration",
      "300 h",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error E_UNIT_MISMATCH: .*current density.* \(at --current\)\nfix: /,
    );
  });

  it("exits 2 when --duration is missing", async () => {
    const run = await runCaptured(ARGS);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '--duration <quantity>' not specified");
  });
});
