import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DrtResultSchema,
  InterfaceImpedanceResultSchema,
  InterfaceImpedanceSeriesResultSchema,
  LinKkResultSchema,
} from "@lmb/schemas";
import { GAS_CONSTANT } from "@lmb/units";
import { describe, expect, it } from "vitest";
import { runCaptured, runJson } from "../../testing/runCaptured.js";
import { eisData, fixtureDir, writeSpectrum, writeSpectrumRows } from "./testing.fixture.js";

const CIRCUIT = "R0-p(R1,CPE1)-p(R2,CPE2)";
// Li‖Li cell at 25 °C: R_bulk 5 Ω, SEI arc 20 Ω (f_c 26.5 kHz), charge-transfer arc 50 Ω (81.1 Hz)
const REF = { R0: 5, R1: 20, CPE1_0: 1e-6, CPE1_1: 0.9, R2: 50, CPE2_0: 1e-4, CPE2_1: 0.85 };
const GUESS = Object.values(REF).join(",");
const lili = writeSpectrum("lili.csv", CIRCUIT, REF);

describe("lmb eis fit", () => {
  const args = [
    "eis",
    "fit",
    lili,
    "--circuit",
    CIRCUIT,
    "--guess",
    GUESS,
    "--cell",
    "symmetric",
    "--area",
    "1.13 cm2",
  ];

  it("reports R_bulk, R_SEI, R_ct, R_int per interface and in Ω cm², and j0 = 2RT/(F·R_ct·A) = 0.9095 mA cm⁻² by hand", async () => {
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^circuit +R0-p\(R1,CPE1\)-p\(R2,CPE2\)\n/);
    expect(run.stdout).toMatch(
      /\nroles +R0 → bulk, R1 @ 26500 Hz → sei, R2 @ 81\.1 Hz → chargeTransfer\n/,
    );
    // R_ct = 50 Ω: 25 Ω per interface, 25 · 1.13 = 28.25 Ω cm²
    expect(run.stdout).toMatch(
      /\nR_ct +50 ± [^ ]+ +\[[^\]]+\] +25 ± [^\]]+\] +28\.25 ± [^\]]+\] +R2\n/,
    );
    expect(run.stdout).toMatch(/\nR_int +70 ± .* +R1 \+ R2\n/);
    // 2·RT/F = 2·25.693 mV over 50 Ω · 1.13 cm² = 56.5 Ω cm²: 0.9095 mA cm⁻²
    expect(run.stdout).toMatch(/\nj0 +0\.9095 ± [^ ]+ mA cm⁻² /);
    const result = InterfaceImpedanceResultSchema.parse(await runJson(args));
    expect(result.fit.statistics.pointCount).toBe(81);
    expect(result.resistances.sei?.interfaceResistance?.value).toBeAllClose(10, { rtol: 1e-6 });
    expect(result.resistances.bulk?.areaSpecificResistance?.value).toBeAllClose(5.65, {
      rtol: 1e-6,
    });
    expect(result.exchangeCurrent?.exchangeCurrentDensity.value).toBeAllClose(0.90947, {
      rtol: 1e-4,
    });
    expect(result.temperatureSource).toBe("default");
    expect(result.label).toBe(lili);
  });

  it("takes a guess by name, modulus weighting, a temperature and role overrides", async () => {
    const result = InterfaceImpedanceResultSchema.parse(
      await runJson([
        "eis",
        "fit",
        lili,
        "--circuit",
        CIRCUIT,
        "--guess",
        "R0=4,R1=15,CPE1_0=2e-6,CPE1_1=0.85,R2=60,CPE2_0=2e-4,CPE2_1=0.8",
        "--weight",
        "modulus",
        "--temperature",
        "60C",
        "--area",
        "1 cm2",
        "--roles",
        "R1=other",
      ]),
    );
    expect(result.fit.weighting).toBe("modulus");
    expect(result.fit.convergence.guess).toBe("given");
    expect(result.resistances.resistances[1]).toMatchObject({
      role: "other",
      assignedBy: "override",
    });
    expect(result.resistances.interphase?.resistance.value).toBeAllClose(50, { rtol: 1e-5 });
    // one interface at 60 °C: RT/F = 28.709 mV over 50 Ω cm² = 0.5742 mA cm⁻²
    expect(result.exchangeCurrent?.exchangeCurrentDensity.value).toBeAllClose(0.57418, {
      rtol: 1e-4,
    });
  });

  it("fits impedance.py's exampleData.csv (real Li-ion spectrum) to the true local minimum RSS 1.94275e-5 Ω² (research/eis.md §2.5) and writes the Nyquist plot", async () => {
    const plot = join(fixtureDir, "nyquist.svg");
    const fitArgs = [
      "eis",
      "fit",
      eisData("impedance.py/exampleData.csv"),
      "--circuit",
      "R0-p(R1,C1)-p(R2-Wo1,C2)",
      "--guess",
      "0.01,0.01,100,0.01,0.05,100,1",
      "--drop-inductive",
    ];
    const run = await runCaptured([...fitArgs, "--plot", plot]);
    expect(run.code).toBe(0);
    expect(readFileSync(plot, "utf8")).toMatch(/^<svg/);
    const result = InterfaceImpedanceResultSchema.parse(await runJson(fitArgs));
    expect(result.fit.statistics.pointCount).toBe(57);
    expect(result.fit.statistics.residualSumOfSquares).toBeAllClose(1.942750043711e-5, {
      rtol: 1e-6,
    });
    // R0 = 0.0165186 Ω at the true minimum: R_bulk
    expect(result.resistances.bulk?.resistance.value).toBeAllClose(0.0165186009546793, {
      rtol: 1e-3,
    });
    // The R1‖C1 arc (f_c = 5.5 Hz) is slower than the Randles block p(R2-Wo1,C2) (134 Hz)
    expect(result.resistances.chargeTransfer?.parameters).toEqual(["R1"]);
    expect(result.resistances.sei?.parameters).toEqual(["R2"]);
  });

  it("reads a real BioLogic .mpr (hybrid-drt PEIS_SSB.mpr, 89 points)", async () => {
    const result = InterfaceImpedanceResultSchema.parse(
      await runJson([
        "eis",
        "fit",
        eisData("hybrid-drt/PEIS_SSB.mpr"),
        "--circuit",
        "R0-p(R1,CPE1)-p(R2,CPE2)",
      ]),
    );
    expect(result.fit.statistics.pointCount).toBe(89);
    expect(result.fit.convergence.converged).toBe(true);
    expect(result.resistances.interphase?.resistance.value).toBeGreaterThan(0);
  });

  it("exits 1 with the fix on an unparseable circuit, a repeated name and too few points", async () => {
    const parse = await runCaptured(["eis", "fit", lili, "--circuit", "R0-p(R1,C1"]);
    expect(parse.code).toBe(1);
    expect(parse.stdout).toBe("");
    expect(parse.stderr).toMatch(/^error E_CIRCUIT_PARSE: expected "," or "\)" .*\n.*\n +\^\n/);
    expect(parse.stderr).toMatch(/\nfix: separate parallel branches with ","/);
    const twice = await runCaptured(["eis", "fit", lili, "--circuit", "R0-p(R0,C1)"]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/^error E_CIRCUIT_PARSE: element name "R0" is used twice/);
    expect(twice.stderr).toMatch(/\nfix: give each element its own number/);
    const few = writeSpectrumRows("few.csv", [
      [1000, 5, -1],
      [100, 6, -2],
      [10, 7, -3],
    ]);
    const short = await runCaptured(["eis", "fit", few, "--circuit", CIRCUIT]);
    expect(short.code).toBe(1);
    expect(short.stderr).toBe(
      "error E_INSUFFICIENT_DATA: 3 points give 6 real values for 7 free parameters of R0-p(R1,CPE1)-p(R2,CPE2) (at data)\nfix: measure more frequencies, hold some parameters with options.fixed, or fit a simpler circuit\n",
    );
  });

  it("exits 1 on a zero or negative frequency or NaN (rows the reader skipped), unless --skip-invalid", async () => {
    const header = ["Frequency (Hz)", "Z' (Ohm)", "Z'' (Ohm)"] as const;
    const good = [
      [1000, 5, -1],
      [10, 7, -3],
      [1, 8, -1],
      [0.1, 9, -1],
    ] as const;
    for (const [name, bad] of [
      ["zero.csv", [0, 6, -2]],
      ["negative.csv", [-10, 6, -2]],
      ["nan.csv", [100, "NaN", -2]],
    ] as const) {
      const file = writeSpectrumRows(name, [header, bad, ...good]);
      const run = await runCaptured(["eis", "fit", file, "--circuit", "R0-p(R1,C1)"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^error E_INVALID_INPUT: .*skipped 1 rows .*\(a frequency ≤ 0, NaN or an empty cell\) \(at .*\)\nfix: repair or delete those rows .*--skip-invalid/,
      );
      const skipped = await runCaptured([
        "eis",
        "fit",
        file,
        "--circuit",
        "R0-p(R1,C1)",
        "--skip-invalid",
        "--json",
      ]);
      expect(skipped.code).toBe(0);
      expect(
        InterfaceImpedanceResultSchema.parse(JSON.parse(skipped.stdout)).fit.statistics.pointCount,
      ).toBe(4);
    }
  });

  it("exits 1 on a malformed --guess or --roles, and 2 without --circuit", async () => {
    const guess = await runCaptured(["eis", "fit", lili, "--circuit", CIRCUIT, "--guess", "1,2,x"]);
    expect(guess.code).toBe(1);
    expect(guess.stderr).toMatch(
      /^error E_INVALID_INPUT: value "x" is not a number \(at --guess\)\n/,
    );
    const roles = await runCaptured([
      "eis",
      "fit",
      lili,
      "--circuit",
      CIRCUIT,
      "--roles",
      "R1=film",
    ]);
    expect(roles.code).toBe(1);
    expect(roles.stderr).toMatch(/\(at --roles\)\nfix: write e\.g\. "R1=sei,R2=ct"/);
    const unknown = await runCaptured([
      "eis",
      "fit",
      lili,
      "--circuit",
      CIRCUIT,
      "--roles",
      "R7=sei",
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /^error E_INVALID_INPUT: "R7" is not a resistance of .*\nfix: name one of R0, R1, R2\n/,
    );
    expect((await runCaptured(["eis", "fit", lili])).code).toBe(2);
  });
});

describe("lmb eis kk", () => {
  it("matches impedance.py's linKK on all 66 points of exampleData.csv: M = 22, μ = 0.830642629093294 (research/eis.md §2.4)", async () => {
    const file = eisData("impedance.py/exampleData.csv");
    const run = await runCaptured(["eis", "kk", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^RC elements +M = 22, μ = 0\.831 \(cut-off 0\.85\)\n/);
    expect(run.stdout).toMatch(/\nverdict +NOT valid: /);
    const kk = LinKkResultSchema.parse(await runJson(["eis", "kk", file]));
    expect(kk.rcCount).toBe(22);
    expect(kk.mu).toBeAllClose(0.830642629093294, { rtol: 1e-12 });
    expect(kk.statistics.maxAbsResidualRealPercent).toBeAllClose(0.28, { atol: 0.005 });
  });

  it("passes the exact spectrum of a circuit and writes the residual plot", async () => {
    const plot = join(fixtureDir, "kk.json");
    const kk = LinKkResultSchema.parse(
      await runJson(["eis", "kk", lili, "--fit-type", "complex", "--plot", plot]),
    );
    expect(kk.fitType).toBe("complex");
    expect(existsSync(plot)).toBe(true);
    expect(JSON.parse(readFileSync(plot, "utf8"))).toMatchObject({ $schema: expect.any(String) });
  });
});

describe("lmb eis drt", () => {
  it("reproduces the pyDRTtools replication on LIB_data.txt at λ = 1e-3: R∞ = 0.112879 Ω, R_pol = 0.0659455 Ω", async () => {
    const file = eisData("pyDRTtools/LIB_data.txt");
    const run = await runCaptured(["eis", "drt", file, "--lambda", "1e-3"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^R∞ +0\.1129 Ω\n/);
    expect(run.stdout).toMatch(/\npeak +f \(Hz\) +τ \(s\) +R \(Ω\)\n1 +/);
    const result = DrtResultSchema.parse(await runJson(["eis", "drt", file, "--lambda", "1e-3"]));
    expect(result.seriesResistance).toBeAllClose(0.11287873246586765, { rtol: 1e-5 });
    expect(result.polarizationResistance).toBeAllClose(0.06594554633536831, { rtol: 1e-4 });
    expect(result.regularization.selection).toBe("given");
  });

  it("exits 1 on a λ that is not positive", async () => {
    const run = await runCaptured(["eis", "drt", lili, "--lambda", "-1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error E_INVALID_INPUT: --lambda [−-]1 is not positive \(at --lambda\)\nfix: give λ > 0/,
    );
  });
});

describe("lmb eis series", () => {
  // R(T) = R(25 °C)·exp(E_a/R·(1/T − 1/298.15)): E_a 15 (bulk), 45 (SEI), 60 (charge transfer) kJ mol⁻¹
  const celsius = [60, 0, 25, 40];
  const files = celsius.map((c) => {
    const t = c + 273.15;
    const s = (ea: number) => Math.exp((ea / GAS_CONSTANT) * (1 / t - 1 / 298.15));
    return writeSpectrum(`T${c}.csv`, CIRCUIT, {
      ...REF,
      R0: REF.R0 * s(15e3),
      R1: REF.R1 * s(45e3),
      R2: REF.R2 * s(60e3),
    });
  });
  const args = [
    "eis",
    "series",
    ...files,
    "--circuit",
    CIRCUIT,
    "--by",
    "temperature",
    "--temperatures",
    celsius.map((c) => `${c}C`).join(","),
    "--guess",
    GUESS,
    "--cell",
    "symmetric",
    "--area",
    "1.13 cm2",
  ];

  it("fits in order of temperature, prints the table, then E_a = 15, 45, 60 kJ mol⁻¹", async () => {
    const run = await runCaptured(args);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /\nfile +T \(°C\) +R_bulk \(Ω\) +R_SEI \(Ω\) +R_ct \(Ω\) +R_int \(Ω\) +ASR_int \(Ω cm²\) +j0 \(mA cm⁻²\) +RMSE \(Ω\)\nT0\.csv +0 +/,
    );
    // 25 °C row: R_ct = 50 Ω, R_int = 70 Ω, ASR_int = 35·1.13 = 39.55 Ω cm², j0 = 0.9095 mA cm⁻²
    expect(run.stdout).toMatch(/\nT25\.csv +25 +5 +20 +50 +70 +39\.55 +0\.9095 +/);
    expect(run.stdout).toMatch(/\nR_ct +60 ± [^ ]+ kJ mol⁻¹ /);
    const result = InterfaceImpedanceSeriesResultSchema.parse(await runJson(args));
    expect(result.entries.map((e) => e.label)).toEqual(["T0.csv", "T25.csv", "T40.csv", "T60.csv"]);
    expect(result.entries.slice(1).every((e) => e.fit.convergence.guess === "given")).toBe(true);
    expect(result.arrhenius?.bulk?.activationEnergy.value).toBeAllClose(15, { rtol: 1e-5 });
    expect(result.arrhenius?.sei?.activationEnergy.value).toBeAllClose(45, { rtol: 1e-5 });
    expect(result.arrhenius?.chargeTransfer?.activationEnergy.value).toBeAllClose(60, {
      rtol: 1e-5,
    });
  });

  it("a series over time takes --times and writes the resistance plot", async () => {
    const plot = join(fixtureDir, "series.svg");
    const run = await runCaptured([
      "eis",
      "series",
      files[2] as string,
      files[3] as string,
      "--circuit",
      CIRCUIT,
      "--by",
      "time",
      "--times",
      "24,0 h",
      "--guess",
      GUESS,
      "--plot",
      plot,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\nfile +T \(°C\) +t \(h\) .*\nT40\.csv +25\? +0 +.*\nT25\.csv +25\? +24 +/,
    );
    expect(readFileSync(plot, "utf8")).toMatch(/^<svg/);
  });

  it("exits 1 when temperatures are unknown or do not pair up, 2 without --by", async () => {
    const none = await runCaptured([
      "eis",
      "series",
      ...files,
      "--circuit",
      CIRCUIT,
      "--by",
      "temperature",
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^error E_INVALID_INPUT: T60\.csv has no temperature/);
    const count = await runCaptured([
      "eis",
      "series",
      ...files,
      "--circuit",
      CIRCUIT,
      "--by",
      "temperature",
      "--temperatures",
      "25C,40C",
    ]);
    expect(count.code).toBe(1);
    expect(count.stderr).toMatch(
      /^error E_INVALID_INPUT: 4 files but 2 values \(at --temperatures\)\nfix: give one value per file/,
    );
    expect((await runCaptured(["eis", "series", ...files, "--circuit", CIRCUIT])).code).toBe(2);
  });
});
