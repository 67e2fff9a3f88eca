import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ClassicalNucleationResultSchema,
  MostanyFitResultSchema,
  NucleationOverpotentialResultSchema,
  NucleationOverpotentialSeriesResultSchema,
  SandTimeResultSchema,
  TransientClassificationResultSchema,
} from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";
import {
  fixtureDir,
  TRANSIENT_TRUTH,
  writeInstantaneousTransient,
  writeLines,
  writePlatingRecord,
} from "./testing.fixture.js";

// Instantaneous SH transient, D = 1e-6 cm² s⁻¹, N0 = 1e6 cm⁻², Li at 1 M, 1 cm², 0.2 % noise.
const transient = writeInstantaneousTransient("ca.csv", 1, 0.002);
const D_CM2 = TRANSIENT_TRUTH.diffusivity * 1e4;
const N0_CM2 = TRANSIENT_TRUTH.siteDensity * 1e-4;

describe("lmb nucleation classify", () => {
  const args = ["nucleation", "classify", transient, "--area", "1 cm2"];

  it("calls the instantaneous transient instantaneous; D within 3 % and N0 within 5 % of the truth", async () => {
    const run = await runCaptured([...args, "--concentration", "1 M"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^verdict +instantaneous\nreason +closest to the instantaneous/);
    expect(run.stdout).toMatch(/\nt_m +0\.6\d+ s\nj_m +4\d\.\d+ mA cm⁻²\n/);
    expect(run.stdout).toMatch(/\ninstantaneous +9\.\d+e-7 cm² s⁻¹ +N0 = 1\.\d+e6 cm⁻²/);
    const result = TransientClassificationResultSchema.parse(
      await runJson([...args, "--concentration", "1 mol L-1"]),
    );
    expect(result.verdict).toBe("instantaneous");
    // t_m = x_i/(π·k·N0·D) = 0.6998 s (the ln-t parabola reads it ≈ 1.5 % early)
    expect(result.peakTime.value).toBeAllClose(0.6998, { rtol: 0.03 });
    const q = result.quantities?.instantaneous;
    expect(q?.diffusivity.unit).toBe("cm² s⁻¹");
    expect((q?.diffusivity.value as number) / D_CM2).toBeAllClose(1, { rtol: 0.03 });
    expect((q?.siteDensity.value as number) / N0_CM2).toBeAllClose(1, { rtol: 0.05 });
    expect(result.conditions?.molarVolume.value).toBeAllClose(12.996, { rtol: 1e-3 });
    expect(result.warnings).toEqual([]);
  });

  it("without a concentration gives no D; takes a window, a baseline and standard input; plots", async () => {
    const bare = TransientClassificationResultSchema.parse(
      await runJson([...args, "--window", "1:5", "--baseline", "0.01 mA cm-2"]),
    );
    expect(bare.quantities).toBeUndefined();
    expect(bare.window).toMatchObject({ lower: 1, upper: 5, automatic: false });
    expect(bare.baseline).toMatchObject({ rule: "value", currentDensity: { value: 0.01 } });
    const run = await runCaptured(args);
    expect(run.stdout).toMatch(/\nD and N0: give --concentration/);
    const piped = await runCaptured(["nucleation", "classify", "-", "--area", "1 cm2"], {
      stdin: readFileSync(transient, "utf8"),
    });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(run.stdout);
    const svg = join(fixtureDir, "sh.svg");
    expect((await runCaptured([...args, "--plot", svg])).code).toBe(0);
    expect(readFileSync(svg, "utf8")).toMatch(/^<svg/);
  });

  it("exits 1 with the code: no area, no maximum, a malformed window", async () => {
    const noArea = await runCaptured(["nucleation", "classify", transient]);
    expect(noArea.code).toBe(1);
    expect(noArea.stderr).toMatch(
      /^error E_NEEDS_AREA: .*\nfix: give the electrode area with --area/,
    );
    // a Cottrell decay: the current only falls
    const cottrell = writeLines("cottrell.csv", [
      "# lmb kind: transient",
      "Time (s),Current (mA)",
      ...Array.from(
        { length: 200 },
        (_, i) => `${0.05 * (i + 1)},${-1 / Math.sqrt(0.05 * (i + 1))}`,
      ),
    ]);
    const none = await runCaptured(["nucleation", "classify", cottrell, "--area", "1 cm2"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^error E_NO_MAXIMUM: /);
    const window = await runCaptured([...args, "--window", "5"]);
    expect(window.code).toBe(1);
    expect(window.stderr).toMatch(/^error E_INVALID_INPUT: --window "5" is not of the form/);
  });
});

describe("lmb nucleation fit", () => {
  const args = ["nucleation", "fit", transient, "--model", "mostany", "--area", "1 cm2"];

  it("recovers D within 1 % and N0 within 2 %, with intervals, in the instantaneous regime", async () => {
    const run = await runCaptured([...args, "--concentration", "1 M"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^model +Scharifker–Mostany, instantaneous \(A·t_m = /);
    expect(run.stdout).toMatch(/\nD +1\.00\de-6 ± [\d.e-]+ cm² s⁻¹ +\[/);
    expect(run.stdout).toMatch(/\nwarning W_RATE_UNDETERMINED: /);
    const plot = join(fixtureDir, "fit.json");
    const result = MostanyFitResultSchema.parse(
      await runJson([...args, "--concentration", "1 M", "--plot", plot]),
    );
    expect(result.diffusivity.value / D_CM2).toBeAllClose(1, { rtol: 0.01 });
    expect(result.siteDensity.value / N0_CM2).toBeAllClose(1, { rtol: 0.02 });
    expect(result.diffusivity.interval?.lower).toBeLessThan(result.diffusivity.value);
    expect(result.regime).toBe("instantaneous");
    expect(result.residuals).toHaveLength(1000);
    expect(JSON.parse(readFileSync(plot, "utf8"))).toMatchObject({
      title: "Scharifker–Mostany fit",
    });
  });

  it("exits 1 without the concentration", async () => {
    const run = await runCaptured(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error E_MISSING_INPUT: the Scharifker–Mostany fit needs the concentration .*\(at --concentration\)\nfix: /,
    );
  });
});

describe("lmb nucleation overpotential", () => {
  // η_nuc = 64 − 20 = 44 mV at 0.5 mA cm⁻²; 80 − 30 = 50 mV at 1 mA cm⁻²
  const low = writePlatingRecord("cu-05.csv", 0.064, 0.02, -0.5);
  const high = writePlatingRecord("cu-1.csv", 0.08, 0.03, -1);

  it("reads η_nuc = 44 mV (within 1 mV), the plateau and the tip of one first plating", async () => {
    const args = ["nucleation", "overpotential", low, "--area", "1 cm2"];
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^η_nuc +44 mV +η_nuc = \|V_tip\| − \|V_plateau\|\nplateau +20 mV +/,
    );
    expect(run.stdout).toMatch(/\nstep +60 s – 3999 s, reduction +I = -0\.5 mA \(0\.5 mA cm⁻²\)\n/);
    const result = NucleationOverpotentialResultSchema.parse(await runJson(args));
    expect(result.nucleationOverpotential.value).toBeAllClose(44, { atol: 1 });
    expect(result.plateauOverpotential.value).toBeAllClose(20, { atol: 0.5 });
    expect(result.tipTime.value).toBeAllClose(120, { atol: 5 });
    expect(result.source).toBe("cu-05.csv");
    const svg = join(fixtureDir, "eta.svg");
    expect((await runCaptured([...args, "--plot", svg])).code).toBe(0);
    expect(readFileSync(svg, "utf8")).toMatch(/^<svg/);
  });

  it("with several files gives η_nuc against j, sorted by j; each needs an area", async () => {
    const args = ["nucleation", "overpotential", high, low, "--area", "1 cm2"];
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^file +j \(mA cm⁻²\) +η_nuc \(mV\) +plateau \(mV\) +tip \(mV\)\ncu-05\.csv +0\.5 +44 +20 +64\ncu-1\.csv +1 +50 +30 +80\n$/,
    );
    const result = NucleationOverpotentialSeriesResultSchema.parse(await runJson(args));
    expect(result.rows.map((r) => r.nucleationOverpotential.value)).toBeAllClose([44, 50], {
      atol: 1,
    });
    const noArea = await runCaptured(["nucleation", "overpotential", high, low]);
    expect(noArea.code).toBe(1);
    expect(noArea.stderr).toMatch(/^error E_NEEDS_AREA: .*cu-1\.csv/);
  });
});

describe("lmb nucleation cnt", () => {
  it("r* = 2.694 nm for γ = 0.5 J m⁻², η = 50 mV (theory.md §2.1)", async () => {
    const args = ["nucleation", "cnt", "--overpotential", "50 mV", "--surface-energy", "0.5 J m-2"];
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^r\* +2\.694 nm +2γV_m\/\(zF\|η\|\)\n/);
    const result = ClassicalNucleationResultSchema.parse(await runJson(args));
    expect(result.criticalRadius.value).toBeAllClose(2.694, { atol: 5e-4 });
    expect(result.criticalRadius.si).toBeAllClose(2.694e-9, { atol: 5e-13 });
    expect(result.barrierInThermalEnergy / 3.7e3).toBeAllClose(1, { rtol: 0.05 });
  });

  it("exits 1 without γ (naming the fix), for a zero overpotential and for γ in the wrong unit", async () => {
    const noGamma = await runCaptured(["nucleation", "cnt", "--overpotential", "50 mV"]);
    expect(noGamma.code).toBe(1);
    expect(noGamma.stderr).toMatch(
      /^error E_MISSING_INPUT: .*interfacial energy γ.*\(at --surface-energy\)\nfix: give --surface-energy, e.g. "0\.5 J m-2"/,
    );
    const zero = await runCaptured([
      "nucleation",
      "cnt",
      "--overpotential",
      "0 mV",
      "--surface-energy",
      "0.5 J m-2",
    ]);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/^error E_ZERO_OVERPOTENTIAL: /);
    const unit = await runCaptured([
      "nucleation",
      "cnt",
      "--overpotential",
      "50 mV",
      "--surface-energy",
      "0.5 J",
    ]);
    expect(unit.code).toBe(1);
    expect(unit.stderr).toMatch(/^error E_UNIT_MISMATCH: .*\(at --surface-energy\)/);
  });
});

describe("lmb nucleation sand", () => {
  // Valøen–Reimers 1 M LiPF6: D = 3.22e-10 m² s⁻¹, t₊ = 0.38; at 10 mA cm⁻² t_Sand = 612.5 s
  const vr = [
    "nucleation",
    "sand",
    "--current",
    "10 mA cm-2",
    "--diffusivity",
    "3.22e-10 m2 s-1",
    "--concentration",
    "1 M",
    "--transference",
    "0.38",
  ];

  it("t_Sand = 612.5 s and 1.701 mAh cm⁻² (theory.md §3)", async () => {
    const run = await runCaptured(vr);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^t_Sand +612\.5 s \(0\.1701 h\) +/);
    expect(run.stdout).toMatch(/\ncapacity +1\.701 mAh cm⁻²/);
    const result = SandTimeResultSchema.parse(await runJson(vr));
    expect(result.sandTime?.si).toBeAllClose(612.5, { atol: 0.05 });
    expect(result.sandTime?.unit).toBe("h");
    expect(result.applies).toBe(true);
    const measured = SandTimeResultSchema.parse(await runJson([...vr, "--measured-time", "700 s"]));
    expect(measured.measured?.ratio).toBeAllClose(700 / 612.5, { rtol: 1e-3 });
  });

  it("says there is no Sand time below the limiting current of a 25 µm gap", async () => {
    const args = [
      "nucleation",
      "sand",
      "--current",
      "5 mA cm-2",
      "--diffusivity",
      "5e-6 cm2 s-1",
      "--concentration",
      "1 mol/L",
      "--transference",
      "0.4",
      "--thickness",
      "25 um",
    ];
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^J_lim +643\.2 mA cm⁻²/);
    expect(run.stdout).toMatch(/\napplies +no +no Sand time: /);
    const result = SandTimeResultSchema.parse(await runJson(args));
    expect(result.sandTime).toBeUndefined();
    expect(result.warnings.map((w) => w.code)).toEqual(["W_BELOW_LIMITING_CURRENT"]);
  });

  it("exits 1 for a transference number that is not a number or not below 1", async () => {
    const notNumber = await runCaptured([...vr.slice(0, -1), "abc"]);
    expect(notNumber.code).toBe(1);
    expect(notNumber.stderr).toMatch(
      /^error E_INVALID_INPUT: --transference "abc" is not a number/,
    );
    const one = await runCaptured([...vr.slice(0, -1), "1"]);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/^error E_INVALID_ARGUMENT: t₊ must lie in \[0, 1\)/);
  });
});
