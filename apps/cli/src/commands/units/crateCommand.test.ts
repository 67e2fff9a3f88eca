import { CRateResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

// LFP: 1 C = 170 mAh g⁻¹ (SCIENCE.md §1); 10 mg cm⁻² on 1.13 cm² → 1.7 mAh cm⁻², 1.921 mAh.
const LFP = ["--specific-capacity", "170 mAh/g", "--loading", "10 mg cm-2"];
const AREA = ["--area", "1.13 cm2"];

describe("lmb units crate", () => {
  it("gives 1.921 mA (1.7 mA cm⁻²) at 1 C for an LFP cathode (I = n·q_sp·m·S / 1 h)", async () => {
    const args = ["units", "crate", "--c-rate", "1", ...LFP, ...AREA];
    const run = await runCaptured(args);
    expect(run.stdout).toBe(
      [
        "C-rate            1 C",
        "current           1.921 mA      n·q_sp·m·S / 1 h",
        "current density   1.7 mA cm⁻²   n·q_sp·m / 1 h",
        "nominal capacity  1.921 mAh     q_sp·m·S",
        "areal capacity    1.7 mAh cm⁻²  q_sp·m",
        "",
      ].join("\n"),
    );
    const result = CRateResultSchema.parse(await runJson(args));
    expect(result.cRate).toBe(1);
    expect(result.current?.value).toBeAllClose(1.921, { rtol: 1e-9 });
    expect(result.current?.si).toBeAllClose(1.921e-3, { rtol: 1e-9 });
    expect(result.currentDensity.value).toBeAllClose(1.7, { rtol: 1e-9 });
    expect(result.capacity?.value).toBeAllClose(1.921, { rtol: 1e-9 });
    expect(result.arealCapacity.value).toBeAllClose(1.7, { rtol: 1e-9 });
  });

  it("gives the C-rate of a current (0.5 mA → 0.5/1.921 C) and of a current density", async () => {
    const fromCurrent = CRateResultSchema.parse(
      await runJson(["units", "crate", "--current", "0.5 mA", ...LFP, ...AREA]),
    );
    expect(fromCurrent.cRate).toBeAllClose(0.5 / 1.921, { rtol: 1e-9 });
    expect(fromCurrent.current?.value).toBeAllClose(0.5, { rtol: 1e-9 });
    const fromDensity = CRateResultSchema.parse(
      await runJson(["units", "crate", "--current", "0.85 mA cm-2", ...LFP]),
    );
    expect(fromDensity.cRate).toBeAllClose(0.5, { rtol: 1e-9 });
    expect(fromDensity.current).toBeUndefined();
    expect(fromDensity.area).toBeUndefined();
  });

  it("reads C/10 and 2C", async () => {
    const tenth = CRateResultSchema.parse(
      await runJson(["units", "crate", "--c-rate", "C/10", ...LFP]),
    );
    expect(tenth.currentDensity.value).toBeAllClose(0.17, { rtol: 1e-9 });
    const two = CRateResultSchema.parse(
      await runJson(["units", "crate", "--c-rate", "2C", ...LFP]),
    );
    expect(two.currentDensity.value).toBeAllClose(3.4, { rtol: 1e-9 });
  });

  it("exits 2 without a rate or with both --c-rate and --current", async () => {
    const neither = await runCaptured(["units", "crate", ...LFP]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain("give either --c-rate or --current");
    const both = await runCaptured([
      "units",
      "crate",
      "--c-rate",
      "1",
      "--current",
      "1 mA",
      ...LFP,
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("cannot be used with option '--current <quantity>'");
  });

  it("exits 1 for an unreadable C-rate, a current without area, or a current of the wrong kind", async () => {
    const rate = await runCaptured(["units", "crate", "--c-rate", "fast", ...LFP]);
    expect(rate.code).toBe(1);
    expect(rate.stderr).toMatch(/^error E_CRATE_PARSE: .*"fast" \(at --c-rate\)/);
    const noArea = await runCaptured(["units", "crate", "--current", "1 mA", ...LFP]);
    expect(noArea.code).toBe(1);
    expect(noArea.stderr).toMatch(/^error E_MISSING_INPUT: .*\nfix: add --area/);
    const wrongKind = await runCaptured(["units", "crate", "--current", "1 mAh", ...LFP]);
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.stderr).toMatch(/^error E_UNIT_MISMATCH: "1 mAh" is neither/);
  });
});
