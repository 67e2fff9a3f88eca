import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ccdLadderTrace,
  fullCellTrace,
  lithiumCopperTrace,
  reservoirCoulombicEfficiencyTrace,
  symmetricCellTrace,
} from "@lmb/cells";
import {
  CriticalCurrentDensityResultSchema,
  CyclingAnalysisResultSchema,
  LithiumCopperEfficiencyResultSchema,
  ReservoirCoulombicEfficiencyResultSchema,
} from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";
import { fixtureDir, writeLines, writeRecord } from "./testing.fixture.js";

// Synthetic traces with known parameters (@lmb/cells generators) on the default 1.131 cm²
// electrode, written as CSV (time s, voltage V, current mA), which carries no area.
const AREA = "1.131 cm2";
const lili = writeRecord(
  "lili.csv",
  symmetricCellTrace({
    steps: [{ currentDensity: 10, arealCapacity: 36_000, cycles: 40 }], // 1 mA cm⁻², 1 mAh cm⁻²
    hardShort: { time: 60 * 3600 }, // in cycle 31 (2 h per cycle)
  }).data,
);
const licu = writeRecord("licu.csv", lithiumCopperTrace({ cycles: 30 }).data); // CE 98 %
const reservoir = reservoirCoulombicEfficiencyTrace({ coulombicEfficiency: 0.99 });
const reservoirFile = writeRecord("reservoir.csv", reservoir.data);
const lfpTrace = fullCellTrace({ steps: [{ cRate: 1, cycles: 30 }] });
const lfp = writeRecord("lfp.csv", lfpTrace.data);
const ccd = writeRecord("ccd.csv", ccdLadderTrace({ criticalCurrentDensity: 16 }).data);
const rateTrace = fullCellTrace({
  steps: [
    { cRate: 0.5, cycles: 3 },
    { cRate: 1, cycles: 3 },
    { cRate: 2, cycles: 3 },
    { cRate: 0.5, cycles: 3 },
  ],
});
const rateFile = writeRecord("lfp-rates.csv", rateTrace.data);

describe("lmb cycling analyze", () => {
  it("guesses a Li‖Li cell, prints the evidence, the short in cycle 31 and the cycle table", async () => {
    const run = await runCaptured(["cycling", "analyze", lili, "--area", AREA]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^file +lili\.csv\ncell +symmetric — guessed from the data\n/);
    expect(run.stdout).toMatch(/\nevidence \(guess: symmetric\)\n {2}- /);
    expect(run.stdout).toMatch(/\nfailure +hard-short in cycle 3[012] at 60 h\n/);
    expect(run.stdout).toMatch(/\n {2}cycle +j \(mA cm⁻²\) +η plate \(mV\)/);
    expect(run.stdout).toMatch(/\n {2}1 +1 +30\.\d+ +30\.\d+ +60\.\d+ +30\.\d+ +2\n/);
    expect(run.stderr).toBe("");
  });

  it("--json follows CyclingAnalysisResult; --cycles picks the table rows and the zoom", async () => {
    const r = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", lili, "--area", AREA, "--cycles", "2-4"]),
    );
    expect(r.cell).toBe("symmetric");
    expect(r.cellSource).toBe("guess");
    expect(r.segmentation.area).toBeAllClose(1.131, { rtol: 1e-6 });
    expect(r.symmetric?.cycles[4]?.overpotential).toBeAllClose(30.4, { rtol: 0.02 });
    expect(r.symmetric?.failures.hardShort?.time).toBeAllClose(60, { atol: 2 });
    expect(r.plots.map((p) => p.name)).toEqual(["voltage", "overpotential", "zoom-2-4"]);
    const text = await runCaptured(["cycling", "analyze", lili, "--cycles", "2-4"]);
    expect(text.stdout).toMatch(/\ncycles \(2–4 of 40\)\n/);
    expect(text.stdout.match(/\n {2}[234] +—/g)).toHaveLength(3);
  });

  it("--plot PREFIX writes the voltage (events marked), per-cycle and zoom pictures", async () => {
    const prefix = join(fixtureDir, "lili");
    const run = await runCaptured([
      "cycling",
      "analyze",
      lili,
      "--cycles",
      "1-3",
      "--plot",
      prefix,
    ]);
    expect(run.code).toBe(0);
    for (const name of ["voltage", "overpotential", "zoom-1-3"]) {
      expect(existsSync(`${prefix}-${name}.svg`), name).toBe(true);
    }
    expect(readFileSync(`${prefix}-voltage.svg`, "utf8")).toMatch(/hard-short \(cycle 3\d\)/);
    await runCaptured(["cycling", "analyze", licu, "--plot", `${join(fixtureDir, "licu")}.json`]);
    const spec = JSON.parse(readFileSync(join(fixtureDir, "licu-ce.json"), "utf8"));
    expect(spec.$schema).toMatch(/vega-lite/);
  });

  it("Li‖Cu: guessed, CE 98 % per cycle, 30 cycles, per cm² with --area", async () => {
    const r = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", licu, "--area", AREA]),
    );
    expect(r.cell).toBe("li-cu");
    expect(r.lithiumCopper?.cycles).toHaveLength(30);
    expect(r.lithiumCopper?.windows[0]?.mean).toBeAllClose(98, { rtol: 1e-3 });
    expect(r.lithiumCopper?.cycles[0]?.platedAreal).toBeAllClose(1, { rtol: 2e-3 });
  });

  it("full cell with --mass: mAh g⁻¹, retention, fade 0.1 %/cycle", async () => {
    const mass = `${lfpTrace.truth.activeMass * 1e6} mg`;
    const r = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", lfp, "--mass", mass]),
    );
    expect(r.cell).toBe("full");
    const q1 = lfpTrace.truth.cycles[0]?.dischargeCapacity as number; // C
    expect(r.fullCell?.cycles[0]?.specificDischargeCapacity).toBeAllClose(
      q1 / 3.6 / (lfpTrace.truth.activeMass * 1e3),
      { rtol: 0.01 },
    );
    expect(r.fullCell?.retention.fade?.geometric.fadePerCycle.value).toBeAllClose(0.1, {
      rtol: 0.05,
    });
    const text = await runCaptured(["cycling", "analyze", lfp, "--mass", mass]);
    expect(text.stdout).toMatch(/\nactive mass +\d+(\.\d+)? mg \(option\)\n/);
    expect(text.stdout).toMatch(/Q_dis \(mAh g⁻¹\)/);
    // the span from the start of the first charge to the end of the 30th discharge (truth)
    const cycles = lfpTrace.truth.cycles;
    const span = ((cycles[29]?.end as number) - (cycles[0]?.start as number)) / 3600;
    expect(text.stdout).toContain(
      ` points, 60 half cycles, 30 cycles, ${Number(span.toPrecision(4))} h from the first to the last current\n`,
    );
    // 0.1 %/cycle geometric over 30 cycles: 0.999^(k − 1) = 0.8 at k = 1 + ln 0.8/ln 0.999 = 224.0
    expect(text.stdout).toMatch(
      /\ncycles to 80 % +> 30 measured; extrapolated 224 \(geometric fit\), 20\d(\.\d)? \(linear fit\)\n/,
    );
  });

  it("rate capability labelled in C from --mass with --cathode, --specific-capacity or --nominal-capacity (same 1 C each way)", async () => {
    // LFP, 11.31 mg: 1 C = 170 mAh g⁻¹ × 11.31 mg = 1.9227 mAh (SCIENCE.md §1).
    const mass = `${rateTrace.truth.activeMass * 1e6} mg`;
    const oneC = 170 * rateTrace.truth.activeMass * 1e3; // mAh
    for (const extra of [
      ["--mass", mass, "--cathode", "LFP"],
      ["--mass", mass, "--specific-capacity", "170 mAh/g"],
      ["--nominal-capacity", `${oneC} mAh`],
    ]) {
      const r = CyclingAnalysisResultSchema.parse(
        await runJson(["cycling", "analyze", rateFile, ...extra]),
      );
      const f = r.fullCell;
      expect(f?.nominalCapacity?.value, extra.join(" ")).toBeAllClose(oneC, { rtol: 1e-6 });
      expect(f?.rateCapability.steps.map((s) => s.dischargeCRate)).toBeAllClose([0.5, 1, 2, 0.5], {
        rtol: 0.01,
      });
      expect(f?.rateCapability.recovery?.step).toBe(3);
    }
    const text = await runCaptured([
      "cycling",
      "analyze",
      rateFile,
      "--mass",
      mass,
      "--cathode",
      "LFP",
    ]);
    expect(text.stdout).toMatch(/\n1 C +1\.923 mAh \(cathode\)\n/);
    expect(text.stdout).toMatch(/rate capability\n +step +cycles +C-rate/);
    const bad = await runCaptured(["cycling", "analyze", rateFile, "--mass", "12 mA"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--mass/);
    const badCathode = await runCaptured(["cycling", "analyze", rateFile, "--cathode", "LCO"]);
    expect(badCathode.code).not.toBe(0);
  });

  it("--mass or --cathode on a Li‖Li record: W_OPTION_IGNORED, not a silent no-op", async () => {
    const r = CyclingAnalysisResultSchema.parse(
      await runJson([
        "cycling",
        "analyze",
        lili,
        "--area",
        AREA,
        "--mass",
        "12.3 mg",
        "--cathode",
        "NCM",
      ]),
    );
    const w = r.warnings.find((x) => x.code === "W_OPTION_IGNORED");
    expect(w?.message).toMatch(/active mass, cathode given/);
  });

  it("--boundaries file splits at the file's steps (cellpy neware_uio: a lithiation in 3 discharge steps, 4.6803 + 0.2818 + 0.1241 mAh); the cycles and CE stay those of the current rule", async () => {
    const neware = new URL(
      "../../../../../../shared/data/cycling/cellpy/neware_uio.csv",
      import.meta.url,
    ).pathname;
    const byCurrent = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", neware]),
    );
    const byFile = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", neware, "--boundaries", "file"]),
    );
    expect(byCurrent.segmentation.boundarySource).toBe("current");
    expect(byFile.segmentation.boundarySource).toBe("file-step");
    expect(byFile.segmentation.halfCycleCount).toBe(16);
    // the file's per-step capacities of the first lithiation (SOURCES.md: Neware BTSDA csv)
    expect(byFile.segmentation.halfCycles.slice(0, 3).map((h) => h.capacity)).toBeAllClose(
      [4.6803, 0.2818, 0.1241],
      { rtol: 2e-3 },
    );
    const ce = (r: typeof byFile) => r.fullCell?.cycles.map((c) => c.coulombicEfficiency) ?? [];
    expect(ce(byFile)).toBeAllClose(ce(byCurrent), { rtol: 1e-9 });
    expect(ce(byFile).slice(0, 2)).toBeAllClose([83.55, 97.21], { atol: 0.05 });
    const bad = await runCaptured(["cycling", "analyze", neware, "--boundaries", "steps"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--boundaries.*current, file/s);
  });

  it("--cell overrides the guess; a contradiction is a warning", async () => {
    const r = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", lili, "--cell", "asymmetric"]),
    );
    expect(r.cell).toBe("asymmetric");
    expect(r.cellSource).toBe("option");
    expect(r.warnings.map((w) => w.code)).not.toContain("W_CELL_DISAGREES");
    const wrong = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", lfp, "--cell", "li-cu"]),
    );
    expect(wrong.warnings.map((w) => w.code)).toContain("W_CELL_DISAGREES");
  });
});

describe("lmb cycling ccd", () => {
  it("0.1 → 3.2 mA cm⁻² ladder shorting at 1.6: CCD 0.8 mA cm⁻², failing 1.6", async () => {
    const run = await runCaptured(["cycling", "ccd", ccd, "--area", AREA]);
    expect(run.stdout).toMatch(/^CCD +0\.8 mA cm⁻² \(last stable\); failing 1\.6 mA cm⁻²\n/);
    expect(run.stdout).toMatch(/\n {2}4 +1\.6 +1\.6 +1 +[\d.]+ +← failed\n/);
    const r = CriticalCurrentDensityResultSchema.parse(
      await runJson(["cycling", "ccd", ccd, "--area", AREA]),
    );
    const analyze = await runCaptured(["cycling", "analyze", ccd, "--area", AREA]);
    expect(analyze.stdout).toMatch(
      /\ncritical current density \(step-increase ladder\)\nCCD +0\.8 mA cm⁻² \(last stable\)/,
    );
    expect(r.criticalCurrentDensity).toBeAllClose(0.8, { rtol: 0.01 });
    expect(r.event?.kind).toBe("hard-short");
  });

  it("without an area: E_NO_AREA naming the fix, not a number", async () => {
    const run = await runCaptured(["cycling", "ccd", ccd]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error E_NO_AREA: a critical current density needs the electrode area/,
    );
    expect(run.stderr).toMatch(/--area "1\.13 cm2"/);
  });
});

describe("lmb cycling ce", () => {
  it("per cycle (default): CE 98 % in every cycle, cut-off 1 V detected", async () => {
    const r = LithiumCopperEfficiencyResultSchema.parse(await runJson(["cycling", "ce", licu]));
    expect(r.cycles.every((c) => Math.abs(c.coulombicEfficiency - 98) < 0.05)).toBe(true);
    expect(r.cutoff?.source).toBe("detected");
    expect(r.cutoff?.value).toBeAllClose(1, { rtol: 1e-3 });
    const run = await runCaptured(["cycling", "ce", licu, "--area", AREA]);
    expect(run.stdout).toMatch(/\nCE 1–30 +98 % mean, 98 % Σstrip\/Σplate, SD 0 %\n/);
    expect(run.stdout).toMatch(/\nnucleation +η_nuc \d+(\.\d+)? mV on Cu/);
  });

  it("--threshold and --consecutive set the cycle life: CE 99 % falling 1 % per cycle from cycle 10 crosses 95 % at cycle 15, 90 % at cycle 20", async () => {
    // CE_k = 0.99 up to cycle 10, then 0.99 − 0.01·(k − 10): 0.94 at k = 15 (first < 95 %),
    // 0.89 at k = 20 (first < 90 %); one dip to 0.85 at cycle 5 ends it only with --consecutive 1.
    const ce = (k: number) => (k === 5 ? 0.85 : k <= 10 ? 0.99 : 0.99 - 0.01 * (k - 10));
    const falling = writeRecord(
      "licu-falling.csv",
      lithiumCopperTrace({ cycles: 25, coulombicEfficiency: ce, seed: 5 }).data,
    );
    const life = async (...extra: string[]) =>
      LithiumCopperEfficiencyResultSchema.parse(await runJson(["cycling", "ce", falling, ...extra]))
        .cycleLife;
    expect(await life()).toMatchObject({ threshold: 80, firstCycleBelow: null, censored: true });
    expect(await life("--threshold", "95")).toMatchObject({ threshold: 95, firstCycleBelow: 5 });
    expect(await life("--threshold", "95 %", "--consecutive", "2")).toMatchObject({
      threshold: 95,
      consecutive: 2,
      firstCycleBelow: 15,
      cyclesAbove: 14,
    });
    expect(await life("--threshold", "90", "--consecutive", "3")).toMatchObject({
      firstCycleBelow: 20,
      censored: false,
    });
    const text = await runCaptured([
      "cycling",
      "ce",
      falling,
      "--threshold",
      "90",
      "--consecutive",
      "3",
    ]);
    expect(text.stdout).toMatch(/\ncycle life +CE < 90 % first in cycle 20/);
    for (const bad of [
      ["--threshold", "0"],
      ["--threshold", "120"],
      ["--consecutive", "0"],
    ]) {
      const run = await runCaptured(["cycling", "ce", falling, ...bad]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(`^error E_INVALID_INPUT: ${bad[0]} "${bad[1]}" is not`),
      );
    }
    const aurbach = ReservoirCoulombicEfficiencyResultSchema.parse(
      await runJson(["cycling", "ce", reservoirFile, "--method", "aurbach", "--threshold", "90"]),
    );
    expect(aurbach.warnings.map((w) => w.code)).toContain("W_OPTION_IGNORED");
  });

  it("a record that is not Li‖Cu (a full cell): CE computed as asked, with W_NOT_LI_CU", async () => {
    const r = LithiumCopperEfficiencyResultSchema.parse(await runJson(["cycling", "ce", lfp]));
    expect(r.warnings.filter((w) => w.code === "W_NOT_LI_CU")).toHaveLength(1);
    const ok = LithiumCopperEfficiencyResultSchema.parse(await runJson(["cycling", "ce", licu]));
    expect(ok.warnings.map((w) => w.code)).not.toContain("W_NOT_LI_CU");
  });

  it("--method aurbach: the Adams 2018 reservoir average, valid, within 0.1 % of the truth", async () => {
    const r = ReservoirCoulombicEfficiencyResultSchema.parse(
      await runJson(["cycling", "ce", reservoirFile, "--method", "aurbach"]),
    );
    expect(r.valid).toBe(true);
    expect(r.averageCoulombicEfficiency).toBeAllClose(
      100 * reservoir.truth.averageCoulombicEfficiency,
      { atol: 0.1 },
    );
    const run = await runCaptured(["cycling", "ce", reservoirFile, "--method", "aurbach"]);
    expect(run.stdout).toMatch(/\nvalid +yes: every check passed\n/);
    // A per-cycle Li‖Cu record strips to the cut-off every cycle: the reservoir "runs out" in
    // the first cycle, so the average is reported as not valid, with the failed check.
    const wrong = ReservoirCoulombicEfficiencyResultSchema.parse(
      await runJson(["cycling", "ce", licu, "--method", "aurbach"]),
    );
    expect(wrong.valid).toBe(false);
    expect(wrong.checks.find((c) => c.name === "reservoir-not-exhausted")?.passed).toBe(false);
    const text = await runCaptured(["cycling", "ce", licu, "--method", "aurbach"]);
    expect(text.stdout).toMatch(
      /\nvalid +NO: see the failed checks\n {2}FAIL reservoir-not-exhausted/,
    );
  });
});

describe("lmb cycling: bad input", () => {
  it("a file without a current column: a clear error", async () => {
    const file = writeLines("nocurrent.csv", ["Time (s),Voltage (V)", "0,3.1", "1,3.2", "2,3.3"]);
    const run = await runCaptured(["cycling", "analyze", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error E_[A-Z_]+: .*current/i);
  });

  it("a CSV whose clock restarts at 0 inside half cycle 10 and jumps 2 h inside half cycle 16: both reported, 20 half cycles of 1 mAh cm⁻², η 20 mV", async () => {
    // ±1.13 mA (1 mA cm⁻² on 1.13 cm²) for 360 samples of 10 s per half cycle, |V| = 20 mV.
    const lines = ["Time (s),Voltage (V),Current (mA)"];
    let t = 0;
    for (let k = 0; k < 20; k++) {
      const sign = k % 2 === 0 ? -1 : 1;
      for (let i = 0; i < 360; i++) {
        lines.push(`${t},${sign * 0.02},${sign * 1.13}`);
        t += 10;
        if (k === 9 && i === 180) t = 0; // instrument restart: the clock starts again at 0
        if (k === 15 && i === 100) t += 7200; // 2 h without data
      }
    }
    const file = writeLines("restart-gap.csv", lines);
    const r = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", file, "--area", "1.13 cm2"]),
    );
    expect(r.cell).toBe("symmetric");
    expect(r.segmentation.halfCycleCount).toBe(20);
    expect(r.segmentation.cycleCount).toBe(10);
    expect(r.segmentation.timeIssues).toEqual({ gaps: 1, restarts: 1 });
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(["W_TIME_RESTART", "W_TIME_GAP"]));
    expect(r.warnings.find((w) => w.code === "W_TIME_RESTART")?.message).toMatch(
      /first at index 3421/,
    );
    // every plateau 20 mV; half cycles away from the restart and the gap carry 1 mAh cm⁻²
    expect(r.symmetric?.cycles.map((c) => c.overpotential)).toBeAllClose(Array(10).fill(20), {
      rtol: 1e-6,
    });
    const q = r.segmentation.halfCycles.map((h) => h.arealCapacity as number);
    expect(q[0]).toBeAllClose(1, { rtol: 1e-9 });
    expect(q[9]).toBeAllClose(1 - 10 / 3600, { rtol: 1e-9 }); // the restart's 10 s step counts 0
    expect(q[15]).toBeAllClose(1 - 10 / 3600, { rtol: 1e-9 }); // nothing integrated across the gap
    expect(r.symmetric?.failures.first ?? null).toBeNull();
  });

  it("zero current throughout: E_NO_CURRENT; one constant-current step: half cycle reported, analysis skipped", async () => {
    const rest = writeLines("rest.csv", [
      "Time (s),Voltage (V),Current (mA)",
      ...Array.from({ length: 20 }, (_, t) => `${t},3.3,0`),
    ]);
    const run = await runCaptured(["cycling", "analyze", rest]);
    expect(run.stderr).toMatch(/^error E_NO_CURRENT: the current never exceeds the zero threshold/);
    const constant = writeLines("constant.csv", [
      "Time (s),Voltage (V),Current (mA)",
      ...Array.from({ length: 100 }, (_, t) => `${t * 36},${(3 + t / 200).toFixed(4)},1`),
    ]);
    const r = CyclingAnalysisResultSchema.parse(await runJson(["cycling", "analyze", constant]));
    expect(r.segmentation.halfCycles).toHaveLength(1);
    // 1 mA held over 99 intervals of 36 s (the last point's current holds until no next point).
    expect(r.segmentation.halfCycles[0]?.capacity).toBeAllClose(0.99, { rtol: 1e-9 });
    expect(r.warnings.map((w) => w.code)).toContain("W_ANALYSIS_SKIPPED");
  });

  it("--per-cm2 without an area: a W_NO_AREA_PER_CM2 warning and null per-cm² numbers", async () => {
    const r = CyclingAnalysisResultSchema.parse(
      await runJson(["cycling", "analyze", lili, "--per-cm2"]),
    );
    expect(r.warnings.map((w) => w.code)).toContain("W_NO_AREA_PER_CM2");
    expect(r.symmetric?.cycles[0]?.areaSpecificResistance).toBeNull();
    const run = await runCaptured(["cycling", "analyze", lili, "--per-cm2"]);
    expect(run.stdout).toMatch(/\nwarning W_NO_AREA_PER_CM2: per-cm² numbers were asked for/);
  });

  it("bad options: --cycles, --area, --cell name the problem", async () => {
    const cycles = await runCaptured(["cycling", "analyze", lili, "--cycles", "ten"]);
    expect(cycles.stderr).toMatch(/^error E_INVALID_INPUT: --cycles "ten" is not a cycle range/);
    const zoom = await runCaptured(["cycling", "analyze", lili, "--cycles", "50-60"]);
    expect(zoom.stderr).toMatch(/zoom window cycles 50–60 is not within the record's 40 cycle/);
    const area = await runCaptured(["cycling", "analyze", lili, "--area", "1.13 mA"]);
    expect(area.code).toBe(1);
    expect(area.stderr).toMatch(/--area/);
    const cell = await runCaptured(["cycling", "analyze", lili, "--cell", "li-li"]);
    expect(cell.code).toBe(2);
  });
});
