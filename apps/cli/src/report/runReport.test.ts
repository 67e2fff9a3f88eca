import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeCycling, cyclingAnalysisJson } from "@lmb/cells";
import { readFile as readDataset } from "@lmb/io/node";
import { type ReportResult, ReportResultSchema } from "@lmb/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../CliIo.js";
import { runReport } from "./runReport.js";
import {
  AREA,
  expectedDiffusionCoefficient,
  TRUTH,
  writeSyntheticFolder,
} from "./testing.fixture.js";

const quiet: CliIo = { stdout: { write: () => true }, stderr: { write: () => true } };

let root: string;
let result: ReportResult;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "lmb-report-"));
  await writeSyntheticFolder(join(root, "data"));
  await writeFile(join(root, "data", "notes.txt"), "not an instrument file\nat all\n");
  await writeFile(
    join(root, "data", "lmb.json"),
    JSON.stringify({
      defaults: { area: "1 cm2", concentration: "1 M" },
      analysis: { circuit: "R0-p(R1,CPE1)", overpotentialCycles: [1, 10] },
    }),
  );
  result = await runReport([join(root, "data")], { out: join(root, "report"), jobs: 2 }, quiet);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const kindOf = (file: string) => result.experiments.find((e) => e.files.includes(file))?.kind;

describe("runReport on synthetic experiments with known parameters", () => {
  it("recognises each kind of experiment", () => {
    expect(kindOf("lili.csv")).toBe("symmetric-cycling");
    expect(kindOf("licu.csv")).toBe("li-cu");
    expect(kindOf("full.csv")).toBe("full-cell");
    expect(kindOf("ccd.csv")).toBe("ccd");
    expect(kindOf("ca.csv")).toBe("nucleation");
    expect(kindOf("cv/cv-10.csv")).toBe("voltammetry");
    expect(kindOf("eis/eis-25C.csv")).toBe("impedance-temperature");
    // The three scan rates and the four temperatures are one experiment each.
    expect(result.experiments.find((e) => e.kind === "voltammetry")?.files).toHaveLength(3);
    expect(result.experiments.find((e) => e.kind === "impedance-temperature")?.files).toHaveLength(
      4,
    );
  });

  it("recovers E_a of the interface resistance (40 kJ/mol, spectra at 10–60 °C, temperatures from the file names)", () => {
    const ea = result.summary.find((h) => h.key === "activation-energy");
    expect(ea?.unit).toBe("kJ mol⁻¹");
    expect(ea?.value as number).toBeCloseTo(TRUTH.activationEnergy / 1000, 6);
  });

  it("recovers D from the peak currents at 10, 40 and 90 mV/s (Randles–Sevcik, 1 M, 1 cm²)", () => {
    const d = result.summary.find((h) => h.key === "diffusion-coefficient");
    expect(d?.unit).toBe("cm² s⁻¹");
    expect(
      Math.abs((d?.value as number) / (expectedDiffusionCoefficient() * 1e4) - 1),
    ).toBeLessThan(1e-6);
  });

  it("classifies the Scharifker–Hills instantaneous transient as instantaneous", () => {
    expect(result.summary.find((h) => h.key === "nucleation-mode")?.value).toBe("instantaneous");
  });

  it("finds the CCD of the ladder (last stable 0.8 mA cm⁻², fails at 1.6)", () => {
    const ccd = result.summary.find((h) => h.key === "ccd");
    expect(ccd?.value as number).toBeCloseTo(0.8, 10);
    expect(
      result.summary.find((h) => h.experimentId === "ccd" && h.key === "failure-mode")?.value,
    ).toBe("hard short");
  });

  it("states the Li‖Li overpotential at the configured cycles, equal to analyzeCycling on the same file", async () => {
    const data = await readDataset(join(root, "data", "lili.csv"), { area: AREA });
    if (data.kind !== "cycling") throw new Error("not cycling");
    const direct = cyclingAnalysisJson(analyzeCycling(data, { area: AREA }), data, {
      label: "lili.csv",
    });
    const rows = direct.symmetric?.cycles ?? [];
    for (const cycle of [1, 10]) {
      const h = result.summary.find((x) => x.key === `overpotential-cycle-${cycle}`);
      expect(h?.value).toBe(rows[cycle - 1]?.overpotential);
    }
    expect(result.summary.some((h) => h.key === "overpotential-cycle-100")).toBe(false);
  });

  it("lists the unreadable file with its reason and still analyses the rest", () => {
    expect(result.skipped).toEqual([
      expect.objectContaining({ path: "notes.txt", stage: "read", code: "E_UNKNOWN_FORMAT" }),
    ]);
    expect(result.skipped[0]?.reason).toMatch(/^lmb does not recognise this file's format .*Fix: /);
    expect(result.experiments).toHaveLength(7);
  });

  it("writes results.json that validates, the figures and tables it lists, report.html and the marker", async () => {
    const dir = join(root, "report");
    const json = JSON.parse(await readFile(join(dir, "results.json"), "utf8"));
    expect(ReportResultSchema.safeParse(json).success).toBe(true);
    expect(json.summary).toEqual(result.summary);
    const figures = await readdir(join(dir, "figures"));
    const tables = await readdir(join(dir, "tables"));
    for (const e of result.experiments) {
      for (const f of e.figures) expect(figures).toContain(f.file.slice("figures/".length));
      for (const t of e.tables) expect(tables).toContain(t.file.slice("tables/".length));
    }
    expect(figures.length).toBeGreaterThan(10);
    const html = await readFile(join(dir, "report.html"), "utf8");
    expect(html).toContain("<svg");
    expect((await readdir(dir)).sort()).toEqual([
      ".lmb-report.json",
      "figures",
      "report.html",
      "results.json",
      "tables",
    ]);
    expect(result.inputs.config?.file).toBe(join(root, "data", "lmb.json"));
    // Nothing was written beside the report: the temporary folder is gone.
    expect((await readdir(root)).sort()).toEqual(["data", "report"]);
  });
});
