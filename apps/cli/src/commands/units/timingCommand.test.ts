import { CycleTimingResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

describe("lmb units timing", () => {
  it("gives 1 h per half cycle and 2 h per cycle at 1 mA cm⁻² / 1 mAh cm⁻² (SCIENCE.md §2)", async () => {
    const args = ["units", "timing", "--current", "1 mA cm-2", "--capacity", "1 mAh cm-2"];
    const run = await runCaptured(args);
    expect(run.stdout).toBe("half cycle  1 h  q/j\ncycle       2 h  2 × half cycle\n");
    const result = CycleTimingResultSchema.parse(await runJson(args));
    expect(result.halfCycle.si).toBeAllClose(3600, { rtol: 1e-12 });
    expect(result.cycle.si).toBeAllClose(7200, { rtol: 1e-12 });
    expect(result.rest).toBeUndefined();
  });

  it("adds a rest after each half cycle", async () => {
    const result = CycleTimingResultSchema.parse(
      await runJson([
        "units",
        "timing",
        "--current",
        "5 mA cm-2",
        "--capacity",
        "1 mAh cm-2",
        "--rest",
        "10 min",
      ]),
    );
    // q/j = 12 min; + 10 min rest
    expect(result.halfCycle.si).toBeAllClose(22 * 60, { rtol: 1e-12 });
    expect(result.cycle.si).toBeAllClose(44 * 60, { rtol: 1e-12 });
  });

  it("exits 1 for a zero current density", async () => {
    const run = await runCaptured([
      "units",
      "timing",
      "--current",
      "0 mA cm-2",
      "--capacity",
      "1 mAh cm-2",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error E_/);
  });
});
