import { readFileSync } from "node:fs";
import { join } from "node:path";
import { butlerVolmerCurrentDensity, randlesSevcikPeakCurrent } from "@lmb/kinetics";
import {
  ArrheniusFitResultSchema,
  ButlerVolmerFitResultSchema,
  CapacityFadeResultSchema,
  IonicConductivityResultSchema,
  RandlesSevcikResultSchema,
  TafelAnalysisResultSchema,
  VoltammogramPeaksResultSchema,
} from "@lmb/schemas";
import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";
import { fixtureDir, PT_CV, writeVoltammogram } from "./testing.fixture.js";

const RT_F = (GAS_CONSTANT * 298.15) / FARADAY_CONSTANT;

describe("lmb kinetics bv", () => {
  const args = ["kinetics", "bv", "--points", "1:13.2,2:25.5", "--cell", "symmetric"];

  it("fits the issue's example: j0 per interface between the single-pair values j/(2·sinh(Fη/4RT)) = 3.88 and 3.99 mA cm⁻²", async () => {
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^convention {2}symmetric cell \(η_cell = η_strip \+ \|η_plate\|\), j0 per interface\n/,
    );
    expect(run.stdout).toMatch(/\nj0 +3\.966 ± 0\.044 mA cm⁻² +\[3\.444, 4\.568\] +fitted\n/);
    const result = ButlerVolmerFitResultSchema.parse(await runJson(args));
    const single = [
      [1, 0.0132],
      [2, 0.0255],
    ].map(([j, eta]) => (j as number) / (2 * Math.sinh((eta as number) / (4 * RT_F))));
    expect(result.exchangeCurrentDensity.value).toBeGreaterThan(Math.min(...single));
    expect(result.exchangeCurrentDensity.value).toBeLessThan(Math.max(...single));
    expect(result.convention).toBe("cell");
    expect(result.fixedParameters).toEqual([
      "anodicTransferCoefficient",
      "cathodicTransferCoefficient",
      "areaSpecificResistance",
    ]);
  });

  it("takes units on either side of a pair, and fits α and R_s on request", async () => {
    const points = [0.5, 1, 2, 5, 10]
      .map((j) => `${j}:${(4 * RT_F * Math.asinh(j / 2) + j * 10 * 5e-4 * 1) * 1e3}`) // j0 = 1 mA cm⁻², R_s = 5 Ω cm²
      .join(",");
    const result = ButlerVolmerFitResultSchema.parse(
      await runJson([
        "kinetics",
        "bv",
        "--points",
        points,
        "--cell",
        "symmetric",
        "--resistance",
        "fit",
      ]),
    );
    expect(result.exchangeCurrentDensity.value).toBeAllClose(1, { rtol: 1e-6 });
    expect(result.areaSpecificResistance.value).toBeAllClose(5, { rtol: 1e-6 });
    const withUnits = ButlerVolmerFitResultSchema.parse(
      await runJson([
        "kinetics",
        "bv",
        "--points",
        "10 A/m2:13.2 mV,2 mA/cm2:0.0255 V",
        "--cell",
        "symmetric",
      ]),
    );
    expect(withUnits.exchangeCurrentDensity.value).toBeAllClose(3.966, { atol: 5e-4 });
  });

  it("exits 2 without input and 1 on a malformed pair or an impossible request", async () => {
    expect((await runCaptured(["kinetics", "bv"])).code).toBe(2);
    const bad = await runCaptured(["kinetics", "bv", "--points", "1:13.2,2"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^error E_INVALID_INPUT: point 2 "2" is not of the form x:y \(at --points\)\nfix: /,
    );
    const unit = await runCaptured(["kinetics", "bv", "--points", "1 mAh:13.2"]);
    expect(unit.stderr).toMatch(/^error E_UNIT_MISMATCH: .*\(at --points/);
  });
});

describe("lmb kinetics tafel", () => {
  // BV electrode, j0 = 1 mA cm⁻², α_a = 0.6, α_c = 0.4, E_eq = 0.2 V, 1 cm², one forward sweep
  const rows = Array.from({ length: 161 }, (_, i) => {
    const e = 0.2 - 0.4 + (0.8 * i) / 160;
    const j = butlerVolmerCurrentDensity(e - 0.2, {
      exchangeCurrentDensity: 10,
      anodicTransferCoefficient: 0.6,
      cathodicTransferCoefficient: 0.4,
    });
    return [e, j * 1e-4 * 1e3, 1] as const; // mA on 1 cm²
  });
  const file = writeVoltammogram("tafel.csv", rows);

  it("reads the voltammogram, finds E_eq = 0.2 V and recovers j0 = 1 mA cm⁻², α_a = 0.6, α_c = 0.4", async () => {
    const run = await runCaptured(["kinetics", "tafel", file, "--area", "1 cm2"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^convention +one electrode \(η = E − E_eq\)\nE_eq +0\.2 V \(zero-current\)\n/,
    );
    expect(run.stdout).toMatch(/\nanodic +\d/);
    const result = TafelAnalysisResultSchema.parse(
      await runJson(["kinetics", "tafel", file, "--area", "1 cm2"]),
    );
    expect(result.equilibriumPotential.value).toBeAllClose(0.2, { atol: 1e-9 });
    expect(result.anodic?.transferCoefficient.value).toBeAllClose(0.6, { rtol: 0.01 });
    expect(result.cathodic?.transferCoefficient.value).toBeAllClose(0.4, { rtol: 0.01 });
    expect(result.exchangeCurrentDensity.value).toBeAllClose(1, { rtol: 0.03 });
  });

  it("takes a fixed window and one branch", async () => {
    const result = TafelAnalysisResultSchema.parse(
      await runJson([
        "kinetics",
        "tafel",
        file,
        "--area",
        "1 cm2",
        "--window",
        "150mV:300mV",
        "--branch",
        "anodic",
      ]),
    );
    expect(result.anodic?.window.automatic).toBe(false);
    expect([result.anodic?.window.lower ?? 0, result.anodic?.window.upper ?? 0]).toBeAllClose(
      [150, 300],
      { rtol: 1e-9 },
    );
    expect(result.cathodic).toBeUndefined();
  });

  it("exits 1 on a voltammogram with no straight Tafel region (the Pt CV), naming the fix", async () => {
    const run = await runCaptured(["kinetics", "tafel", PT_CV, "--area", "0.2 cm2"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error E_NOT_LINEAR: .*\nfix: .*lmb kinetics bv/);
  });
});

describe("lmb kinetics peaks", () => {
  it("runs the real BioLogic CV (ixdat Pt_poly_cv_CUT.mpt) through peak finding: the Pt-oxide reduction peak of each of the 5 cycles", async () => {
    const run = await runCaptured(["kinetics", "peaks", PT_CV]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("cycle  E_pa (V)  I_pa (mA)  E_pc (V)  I_pc (mA)");
    const result = VoltammogramPeaksResultSchema.parse(
      await runJson(["kinetics", "peaks", PT_CV, "--baseline", "linear"]),
    );
    expect(result.cycles.map((c) => c.cycle)).toEqual([1, 2, 3, 4, 5]);
    for (const c of result.cycles) {
      expect(c.cathodic?.potential).toBeGreaterThan(0.6);
      expect(c.cathodic?.potential).toBeLessThan(0.7);
      expect(c.cathodic?.peakCurrent).toBeLessThan(0);
    }
    // the anodic sweeps rise into oxygen evolution at the vertex: no interior maximum, reported
    expect(result.warnings.every((w) => w.code === "W_NO_PEAK")).toBe(true);
  });
});

describe("lmb kinetics diffusion", () => {
  // Gaussian peaks whose heights follow Randles–Sevcik for D = 1e-5 cm² s⁻¹, 1 cm², 1 mM
  const rates = [0.01, 0.02, 0.05, 0.1];
  const files = rates.map((v, k) => {
    const ip = randlesSevcikPeakCurrent({ area: 1e-4, concentration: 1 }, 1e-9, v);
    const rows: [number, number, number][] = [];
    for (let i = 0; i <= 200; i++) {
      const e = i / 200;
      rows.push([e, (ip * Math.exp(-(((e - 0.5) / 0.05) ** 2)) + 1e-7) * 1e3, 1]);
    }
    for (let i = 1; i <= 200; i++) {
      const e = 1 - i / 200;
      rows.push([e, (-ip * Math.exp(-(((e - 0.44) / 0.05) ** 2)) - 1e-7) * 1e3, 1]);
    }
    return writeVoltammogram(`cv${k}.csv`, rows);
  });

  it("recovers D = 1e-5 cm² s⁻¹ from four voltammograms at 10–100 mV/s", async () => {
    const args = [
      "kinetics",
      "diffusion",
      ...files,
      "--scan-rates",
      "10,20,50,100 mV/s",
      "--area",
      "1 cm2",
      "--concentration",
      "1 mM",
    ];
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^v \(mV s⁻¹\) +I_pa \(mA\) +I_pc \(mA\)\n10 +0\.08505 +-0\.08505\n/,
    );
    expect(run.stdout).toMatch(/\nanodic D +1\.00e-5 ± [^ ]+ cm² s⁻¹ .* linear\n/);
    const result = RandlesSevcikResultSchema.parse(await runJson(args));
    expect(result.anodic?.diffusionCoefficient.value).toBeAllClose(1e-5, { rtol: 1e-3 });
    expect(result.cathodic?.diffusionCoefficient.value).toBeAllClose(1e-5, { rtol: 1e-3 });
    expect(result.anodic?.linear).toBe(true);
  });

  it("exits 1 when files and scan rates do not pair up", async () => {
    const run = await runCaptured([
      "kinetics",
      "diffusion",
      ...files,
      "--scan-rates",
      "10,20 mV/s",
      "--area",
      "1 cm2",
      "--concentration",
      "1 mM",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error E_INVALID_INPUT: 4 files but 2 scan rates \(at --scan-rates\)\nfix: give one scan rate per file/,
    );
  });
});

describe("lmb kinetics arrhenius", () => {
  it("reads 25C as 25 °C: E_a = R·ln(13.1/10)/(1/298.15 − 1/313.15) = 13.97 kJ mol⁻¹ from the issue's example", async () => {
    const args = ["kinetics", "arrhenius", "--points", "25C:10.0,40C:13.1"];
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nE_a +13\.97 kJ mol⁻¹ /);
    expect(run.stdout).toMatch(/warning W_NO_UNCERTAINTY/);
    const result = ArrheniusFitResultSchema.parse(await runJson(args));
    expect(result.activationEnergy.value).toBeAllClose(
      (GAS_CONSTANT * Math.log(1.31)) / (1 / 298.15 - 1 / 313.15) / 1e3,
      { rtol: 1e-9 },
    );
  });

  it("fits resistances in the 1/R form with an interval", async () => {
    const points = [25, 40, 60, 80]
      .map(
        (c) =>
          `${c} °C:${(1 / (1e6 * Math.exp(-50e3 / (GAS_CONSTANT * (c + 273.15))))).toPrecision(6)}`,
      )
      .join(",");
    const result = ArrheniusFitResultSchema.parse(
      await runJson(["kinetics", "arrhenius", "--points", points, "--form", "resistance"]),
    );
    expect(result.form).toBe("inverseResistance");
    expect(result.activationEnergy.value).toBeAllClose(50, { rtol: 1e-4 });
    expect(result.activationEnergy.interval).toBeDefined();
  });

  it("exits 1 for a temperature below 0 K", async () => {
    const run = await runCaptured(["kinetics", "arrhenius", "--points", "-300C:1,25C:2"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error E_OUT_OF_RANGE: temperature -300 °C is below 0 K \(at --points\)/,
    );
  });
});

describe("lmb kinetics conductivity", () => {
  it("gives σ = L/(R·A) = 1.7699 mS cm⁻¹ for 500 µm, 25 Ω, 1.13 cm² (SCIENCE.md §2)", async () => {
    const args = [
      "kinetics",
      "conductivity",
      "--resistance",
      "25 ohm",
      "--thickness",
      "500 um",
      "--area",
      "1.13 cm2",
    ];
    const run = await runCaptured(args);
    expect(run.stdout).toBe(
      "conductivity              1.7699 mS cm⁻¹  σ = L/(R·A)\narea-specific resistance  28.25 Ω cm²     R·A\n",
    );
    const result = IonicConductivityResultSchema.parse(
      await runJson([...args, "--resistance-error", "0.5 ohm"]),
    );
    expect(result.conductivity.standardError).toBeAllClose(1.7699 * 0.02, { rtol: 1e-4 });
  });

  it("exits 1 for a non-positive resistance", async () => {
    const run = await runCaptured([
      "kinetics",
      "conductivity",
      "--resistance",
      "0 ohm",
      "--thickness",
      "500 um",
      "--area",
      "1 cm2",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error E_INVALID_INPUT: resistance must be positive/);
  });
});

describe("lmb kinetics fade", () => {
  it("reports retention, fade per cycle and a censored cycle life from --points", async () => {
    const points = Array.from(
      { length: 50 },
      (_, i) => `${i + 1}:${(150 * 0.999 ** i).toFixed(4)}`,
    ).join(",");
    const args = ["kinetics", "fade", "--points", points, "--unit", "mAh g-1"];
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^reference +cycle 1: 150 mAh g⁻¹\nretention +95\.22 % after 49 cycles\n/,
    );
    expect(run.stdout).toMatch(/cycles to 80 % +> 50 \(not reached\)/);
    const result = CapacityFadeResultSchema.parse(await runJson(args));
    expect(result.geometric.fadePerCycle.value).toBeAllClose(0.1, { rtol: 1e-3 });
    expect(result.cyclesToThreshold.censored).toBe(true);
    expect(result.cyclesToThreshold.geometricExtrapolation).toBeAllClose(
      1 + Math.log(0.8) / Math.log(0.999),
      { rtol: 1e-3 },
    );
  });

  it("exits 1 for a unit that is not a capacity", async () => {
    const run = await runCaptured(["kinetics", "fade", "--points", "1:1,2:1,3:1", "--unit", "mV"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error E_UNIT_MISMATCH: --unit "mV" is not a capacity unit/);
  });
});

describe("lmb kinetics --help", () => {
  it("documents the units of --points", async () => {
    const run = await runCaptured(["kinetics", "bv", "--help"]);
    expect(run.stdout).toMatch(/current density \(mA cm⁻²\) : overpotential\s+\(mV\)/);
    expect(run.stdout).toMatch(
      /A bare number is in\s+mA cm⁻² \(current density\) and mV \(overpotential\)/,
    );
  });
});

describe("lmb kinetics --plot", () => {
  it("writes each analysis's Vega-Lite plot as SVG (or as the spec itself for .json)", async () => {
    const tafel = writeVoltammogram(
      "plot-tafel.csv",
      Array.from({ length: 81 }, (_, i) => {
        const eta = -0.4 + i * 0.01;
        return [
          eta,
          butlerVolmerCurrentDensity(eta, { exchangeCurrentDensity: 10 }) * 0.1,
          1,
        ] as const;
      }),
    );
    const commands: string[][] = [
      ["tafel", tafel, "--area", "1 cm2", "--equilibrium-potential", "0 V"],
      ["bv", "--points", "1:13.2,2:25.5,5:55", "--cell", "symmetric"],
      ["arrhenius", "--points", "25C:10.0,40C:13.1,60C:18.5"],
      ["peaks", PT_CV],
      ["fade", "--points", "1:150,2:149.8,3:149.5,4:149.4"],
    ];
    for (const [index, command] of commands.entries()) {
      const svg = join(fixtureDir, `plot${index}.svg`);
      const run = await runCaptured(["kinetics", ...command, "--plot", svg]);
      expect(run.stderr).toBe("");
      expect(readFileSync(svg, "utf8")).toMatch(/^<svg/);
    }
    const json = join(fixtureDir, "bv.json");
    await runCaptured(["kinetics", "bv", "--points", "1:13.2,2:25.5", "--plot", json]);
    expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({
      $schema: expect.stringMatching(/vega-lite\/v5/),
    });
  });
});
