import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CellSimulationResultSchema, CyclingAnalysisResultSchema } from "@lmb/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";

let dir = "";
let config = "";
const asymmetric = {
  area: "1.13 cm2",
  workingElectrode: { kind: "lithium", thickness: "20 um" },
  counterElectrode: { kind: "lithium", thickness: "100 um" },
  electrolyte: { kind: "liquid", conductivity: "1 mS cm-1", thickness: "25 um" },
  coulombicEfficiency: 0.98,
};
const PROTOCOL = "(Strip at 1 mA cm-2 for 1 mAh cm-2, Plate at 1 mA cm-2 for 1 mAh cm-2) x 300";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lmb-cell-simulate-"));
  config = join(dir, "thin.json");
  await writeFile(config, JSON.stringify(asymmetric));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("lmb cell simulate", () => {
  it("--json: the thin electrode of a CE 0.98 cell runs out in repeat 157 (Q0 = 4.12 mAh cm⁻²)", async () => {
    const r = CellSimulationResultSchema.parse(
      await runJson(["cell", "simulate", config, "--protocol", PROTOCOL]),
    );
    expect(r.cellKind).toBe("asymmetric");
    expect(r.endReason).toBe("depletion");
    // after n cycles the thin electrode holds Q0 − n(1 − CE)q; the strip of repeat n fails for
    // n = ceil((4.1225 − 1)/(0.02·1)) = 157 (repeats counted from 0 here)
    const depletion = r.events.find((e) => e.kind === "depletion");
    expect(depletion?.cycle).toBe(157);
    expect(r.lithium.conservationError).toBeLessThan(1e-12);
  });

  it("prints the end, the Li balance and the events; --out writes a CSV that lmb cycling analyze reads", async () => {
    const out = join(dir, "trace.csv");
    const run = await runCaptured([
      "cell",
      "simulate",
      config,
      "--protocol",
      PROTOCOL,
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/end\s+depletion: .*ran out of Li/);
    expect(run.stdout).toMatch(/dead Li \(1 − CE\)/);
    expect((await readFile(out, "utf8")).split("\n")[0]).toMatch(/time/i);
    const analysis = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", out, "--cell", "asymmetric", "--area", "1.13 cm2"]),
    );
    expect(JSON.stringify(analysis)).toMatch(/voltage-limit/);
  });

  it("reports a bad config field and a protocol that strips more than exists (exit 1)", async () => {
    const bad = join(dir, "bad.json");
    await writeFile(
      bad,
      JSON.stringify({
        ...asymmetric,
        electrolyte: { ...asymmetric.electrolyte, thickness: "-25 um" },
      }),
    );
    const a = await runCaptured(["cell", "simulate", bad, "--protocol", PROTOCOL]);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/electrolyte\.thickness/);
    const b = await runCaptured([
      "cell",
      "simulate",
      config,
      "--protocol",
      "Strip at 1 mA cm-2 for 5 mAh cm-2",
    ]);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/protocol\.steps\[0\]/);
  });
});
