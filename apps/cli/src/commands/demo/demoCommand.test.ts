import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LmbErrorJsonSchema, type ReportResult, ReportResultSchema } from "@lmb/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BARE_SYMMETRIC,
  COATED_SYMMETRIC,
  IMPEDANCE_TEMPERATURES,
} from "../../../scripts/demo/demoParameters.js";
import { runCaptured } from "../../testing/runCaptured.js";

// `lmb demo` end to end: the report engine on the bundled examples/demo data. The numbers are
// checked against the known parameters of the simulated files (examples/demo/ATTRIBUTION.md,
// scripts/demo/demoParameters.ts).

const RUN = 180_000;
let folder: string;
let out: string;
let result: ReportResult;

function headline(experimentPrefix: string, key: string) {
  const h = result.summary.find(
    (s) => s.experimentId.startsWith(experimentPrefix) && s.key === key,
  );
  if (!h) throw new Error(`no headline ${key} of ${experimentPrefix}`);
  return h;
}

/** Symmetric Li‖Li plateau, V: (4RT/F)·asinh(j/2j0) + j·R_s + drift·(k − 1) (SCIENCE.md §3). */
function plateau(p: typeof BARE_SYMMETRIC | typeof COATED_SYMMETRIC, cycle: number): number {
  const fourRtOverF = (4 * 8.314462618 * 298.15) / 96485.33212;
  const eta = fourRtOverF * Math.asinh(p.currentDensity / (2 * p.exchangeCurrentDensity));
  return eta + p.currentDensity * p.areaSpecificResistance + p.overpotentialDrift * (cycle - 1);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "lmb-demo-test-"));
  out = join(folder, "lmb-demo-report");
  const run = await runCaptured(["demo", "--out", out, "--json"]);
  if (run.code !== 0) throw new Error(`lmb demo --json exited ${run.code}: ${run.stderr}`);
  expect(run.stderr).toBe("");
  result = ReportResultSchema.parse(JSON.parse(run.stdout));
}, RUN);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("lmb demo", () => {
  it("writes a whole report folder: report.html, results.json (the --json output), figures, tables", async () => {
    for (const name of ["report.html", "results.json", ".lmb-report.json"]) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    const written = ReportResultSchema.parse(
      JSON.parse(await readFile(join(out, "results.json"), "utf8")),
    );
    expect(written).toEqual(result);
    const figures = result.experiments.flatMap((e) => e.figures.map((f) => f.file));
    expect(figures.length).toBeGreaterThanOrEqual(10);
    for (const f of figures) expect(existsSync(join(out, f)), f).toBe(true);
    const html = await readFile(join(out, "report.html"), "utf8");
    expect(html.match(/<figure /g)).toHaveLength(figures.length);
    // attributions of the bundled real files in the footer
    for (const file of ["jdb11-4.mpr", "exampleDataBioLogic.mpt", "Pt_poly_cv_CUT.mpt"]) {
      expect(html.slice(html.indexOf("<footer"))).toContain(file);
    }
  });

  it("recovers the known parameters of the simulated experiments", () => {
    // bare vs coated Li‖Li at 1 mA cm⁻²: plateau η within 1 % (noise 0.2 mV, peak excluded)
    for (const [prefix, p] of [
      ["li-li-bare", BARE_SYMMETRIC],
      ["li-li-coated", COATED_SYMMETRIC],
    ] as const) {
      for (const cycle of [1, 10, 50]) {
        const h = headline(prefix, `overpotential-cycle-${cycle}`);
        expect(h.unit).toBe("mV");
        expect(h.value).toBeAllClose(plateau(p, cycle) * 1e3, { rtol: 0.01 });
      }
    }
    expect(headline("li-li-bare", "failure-mode").value).toBe("hard short");
    expect(headline("li-li-coated", "failure-mode").value).toBe("none observed");
    // the bare cell shorts at 120.5 h, in cycle 61 (2 h per cycle)
    expect(headline("li-li-bare", "cycle-life").value).toBe(61);
    // nucleation spikes of 60 and 30 mV (sampled at the tip)
    expect(headline("li-li-bare", "nucleation-overpotential").value).toBeAllClose(60, { atol: 1 });
    expect(headline("li-li-coated", "nucleation-overpotential").value).toBeAllClose(30, {
      atol: 1,
    });
    // rate test: j0 = 1 mA cm⁻² (symmetric Butler–Volmer with R_s fitted)
    expect(headline("li-li-rate", "exchange-current-density").value).toBeAllClose(1, {
      rtol: 0.03,
    });
    // CCD ladder 0.1 → 3.2 mA cm⁻², shorts at 1.6: CCD 0.8 mA cm⁻²
    expect(headline("li-li-ccd", "ccd").value).toBeAllClose(0.8, { rtol: 0.01 });
    // Li‖Cu: 92 % then 98.5 % for 29 cycles → mean (0.92 + 29·0.985)/30 = 98.283 %
    expect(headline("li-cu", "coulombic-efficiency").value).toBeAllClose(98.2833, { rtol: 1e-3 });
    expect(headline("li-cu", "nucleation-overpotential").value).toBeAllClose(50, { atol: 1 });
    // potentiostatic transient with A·t_m ≈ 16: instantaneous
    expect(headline("li-on-cu", "nucleation-mode").value).toBe("instantaneous");
    // Li‖Li impedance at 5 temperatures: E_a of each resistance within 2 kJ mol⁻¹
    const eis = IMPEDANCE_TEMPERATURES;
    expect(headline("li-li-eis", "activation-energy-bulk").value).toBeAllClose(
      eis.bulk.activationEnergy / 1e3,
      { atol: 2 },
    );
    expect(headline("li-li-eis", "activation-energy-sei").value).toBeAllClose(
      eis.sei.activationEnergy / 1e3,
      { atol: 2 },
    );
    expect(headline("li-li-eis", "activation-energy-ct").value).toBeAllClose(
      eis.chargeTransfer.activationEnergy / 1e3,
      { atol: 2 },
    );
    // σ(T) of the solid electrolyte: E_a = 32 kJ mol⁻¹, σ(25 °C) = 2.5 mS cm⁻¹ (1 % noise)
    expect(headline("electrolyte", "activation-energy").value).toBeAllClose(32, { atol: 1 });
    expect(headline("electrolyte", "conductivity").value).toBeAllClose(2.5, { rtol: 0.03 });
  });

  it(
    "prints progress, the headline numbers and where report.html is; a second run replaces its own report",
    async () => {
      const run = await runCaptured(["demo", "--out", out]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^lmb demo: running lmb report on the bundled example data\n/);
      expect(run.stderr).toMatch(/lmb report: \[1\/\d+\] /);
      expect(run.stdout).toMatch(/^lmb demo: /);
      expect(run.stdout).toContain("\nheadline numbers\n");
      expect(run.stdout).toMatch(/ {2}Overpotential, cycle 10 +115\.\d mV +Bare Li‖Li/);
      expect(run.stdout.trimEnd().endsWith(`report: ${join(out, "report.html")}`)).toBe(true);
      expect(await readdir(folder)).toEqual(["lmb-demo-report"]);
    },
    RUN,
  );

  it(
    "refuses an output folder that holds anything but its own report, and leaves it as it was",
    async () => {
      const other = join(folder, "my-data");
      await mkdir(other);
      await writeFile(join(other, "notes.txt"), "keep me");
      const run = await runCaptured(["demo", "--out", other, "--json"]);
      expect(run.code).toBe(1);
      expect(LmbErrorJsonSchema.parse(JSON.parse(run.stderr))).toMatchObject({
        code: "E_OUTPUT_NOT_REPORT",
      });
      expect(await readdir(other)).toEqual(["notes.txt"]);
      expect(await readFile(join(other, "notes.txt"), "utf8")).toBe("keep me");
    },
    RUN,
  );
});
