import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ReportConfigSchema, ReportResultSchema } from "@lmb/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticFolder } from "../../report/testing.fixture.js";
import { runCaptured } from "../../testing/runCaptured.js";

const SHARED = fileURLToPath(new URL("../../../../../../shared/data/", import.meta.url));

let root: string;
const at = (...parts: string[]) => join(root, ...parts);
const exists = async (path: string) =>
  readFile(path).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "lmb-report-cli-"));
  await writeSyntheticFolder(at("ca"), ["transient"]);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("lmb report: bad input", () => {
  it("an empty folder is exit 1 with E_NO_INPUT_FILES and writes nothing", async () => {
    await mkdir(at("empty"));
    await writeFile(at("empty", ".hidden"), "x");
    const r = await runCaptured(["report", at("empty"), "--out", at("empty-out")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error E_NO_INPUT_FILES: no files found");
    expect(await readdir(root)).not.toContain("empty-out");
  });

  it("a folder of unreadable files is exit 1 (E_NO_EXPERIMENTS) naming each reason, no report", async () => {
    await mkdir(at("junk"));
    await writeFile(at("junk", "a.txt"), "hello\n");
    const r = await runCaptured(["report", at("junk"), "--out", at("junk-out"), "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("E_NO_EXPERIMENTS");
    expect(r.stderr).toContain("a.txt: E_UNKNOWN_FORMAT");
    expect((await readdir(root)).filter((n) => n.includes("junk-out"))).toEqual([]);
  });

  it("no input is a usage error (exit 2), and so is --compare with one folder", async () => {
    expect((await runCaptured(["report"])).code).toBe(2);
    expect((await runCaptured(["report", at("ca"), "--compare"])).code).toBe(2);
  });

  it("a config field with the wrong unit is exit 1 naming the field", async () => {
    const config = at("bad-unit.json");
    await writeFile(config, JSON.stringify({ defaults: { area: "1 mAh" } }));
    const r = await runCaptured(["report", at("ca"), "--config", config, "--out", at("o1")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /error E_CONFIG: .*bad-unit\.json: defaults\.area: .*area needs a unit of area/,
    );
  });

  it("--area that disagrees with the config is a conflict (exit 1) naming both", async () => {
    const config = at("area.json");
    await writeFile(config, JSON.stringify({ defaults: { area: "1 cm2" } }));
    const r = await runCaptured([
      "report",
      at("ca"),
      "--config",
      config,
      "--area",
      "2 cm2",
      "--out",
      at("o2"),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error E_CONFIG_CONFLICT: --area "2 cm2" disagrees with config defaults',
    );
  });

  it("two overrides that set one field differently for a file are a conflict", async () => {
    const config = at("overrides.json");
    await writeFile(
      config,
      JSON.stringify({
        files: [
          { match: "*.csv", area: "1 cm2" },
          { match: "ca.csv", area: "2 cm2" },
        ],
      }),
    );
    const r = await runCaptured(["report", at("ca"), "--config", config, "--out", at("o3")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'ca.csv: config files[0] ("*.csv") sets area = "1 cm2" but config files[1] ("ca.csv") sets area = "2 cm2"',
    );
  });
});

describe("lmb report: the output folder", () => {
  it("refuses a non-empty folder that is not an lmb report, leaving it as it was; --force replaces it", async () => {
    await mkdir(at("thesis"));
    await writeFile(at("thesis", "chapter1.tex"), "precious");
    const r = await runCaptured(["report", at("ca"), "--area", "1 cm2", "--out", at("thesis")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("E_OUTPUT_NOT_REPORT");
    expect(await readdir(at("thesis"))).toEqual(["chapter1.tex"]);
    const forced = await runCaptured([
      "report",
      at("ca"),
      "--area",
      "1 cm2",
      "--out",
      at("thesis"),
      "--force",
      "--quiet",
    ]);
    expect(forced.code).toBe(0);
    expect(await exists(at("thesis", "report.html"))).toBe(true);
  }, 30_000);

  it("re-runs over its own report, but refuses the report of other inputs unless --force", async () => {
    const args = ["report", at("ca"), "--area", "1 cm2", "--out", at("rep"), "--quiet"];
    expect((await runCaptured(args)).code).toBe(0);
    expect((await runCaptured(args)).code).toBe(0);
    await mkdir(at("other"));
    await copyFile(at("ca", "ca.csv"), at("other", "ca.csv"));
    const other = await runCaptured(["report", at("other"), "--area", "1 cm2", "--out", at("rep")]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("E_OUTPUT_OTHER_REPORT");
  }, 30_000);
});

describe("lmb report: config, --init and --compare", () => {
  it("--init writes a valid lmb.json from what it finds, then the report reads it", async () => {
    await writeSyntheticFolder(at("init"), ["lili", "eis"]);
    await writeFile(at("init", "junk.txt"), "hello\n");
    const r = await runCaptured(["report", "--init", at("init")]);
    expect(r.code).toBe(0);
    const config = ReportConfigSchema.parse(
      JSON.parse(await readFile(at("init", "lmb.json"), "utf8")),
    );
    const byMatch = new Map(config.files?.map((f) => [f.match, f]));
    expect(byMatch.get("lili.csv")?.cellType).toBe("symmetric");
    expect(byMatch.get("eis/eis-25C.csv")?.temperature).toBe("25 degC");
    expect(byMatch.get("junk.txt")?.skip).toBe(true);
    expect((await runCaptured(["report", "--init", at("init")])).code).toBe(1);
  });

  it("--compare puts two folders side by side", async () => {
    await writeSyntheticFolder(at("bare"), ["transient"]);
    await writeSyntheticFolder(at("coated"), ["transient"]);
    const r = await runCaptured([
      "report",
      at("bare"),
      at("coated"),
      "--compare",
      "--area",
      "1 cm2",
      "--labels",
      "bare Li,coated Li",
      "--out",
      at("cmp"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    const result = ReportResultSchema.parse(JSON.parse(r.stdout));
    expect(result.comparison?.groups.map((g) => g.label)).toEqual(["bare Li", "coated Li"]);
    expect(result.experiments.map((e) => [e.id, e.group])).toEqual([
      ["a-ca", "a"],
      ["b-ca", "b"],
    ]);
    const row = result.comparison?.rows.find((x) => x.key === "nucleation-mode");
    expect([row?.a?.value, row?.b?.value]).toEqual(["instantaneous", "instantaneous"]);
  }, 30_000);

  it("--compare keeps a config group of each folder to its own side (same lmb.json in both)", async () => {
    const config = JSON.stringify({ files: [{ match: "eis/*.csv", group: "eis-vs-t" }] });
    for (const side of ["bare-g", "coated-g"]) {
      await writeSyntheticFolder(at(side), ["eis"]);
      await writeFile(at(side, "lmb.json"), config);
    }
    const r = await runCaptured([
      "report",
      at("bare-g"),
      at("coated-g"),
      "--compare",
      "--area",
      "1 cm2",
      "--out",
      at("cmp-g"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    const result = ReportResultSchema.parse(JSON.parse(r.stdout));
    // one temperature series per folder, four spectra each, not one series of eight in group a
    expect(result.experiments.map((e) => [e.id, e.group, e.files.length])).toEqual([
      ["a-eis-vs-t", "a", 4],
      ["b-eis-vs-t", "b", 4],
    ]);
  }, 60_000);

  it("a file the config skips is listed as skipped, with the config entry named", async () => {
    await writeFile(
      at("ca-skip.json"),
      JSON.stringify({ files: [{ match: "ca.csv", skip: true }] }),
    );
    await copyFile(at("bare", "ca.csv"), at("ca", "ca2.csv"));
    const r = await runCaptured([
      "report",
      at("ca"),
      "--config",
      at("ca-skip.json"),
      "--area",
      "1 cm2",
      "--out",
      at("skip-out"),
      "--json",
    ]);
    expect(r.code).toBe(0);
    const result = ReportResultSchema.parse(JSON.parse(r.stdout));
    expect(result.skipped).toEqual([
      {
        path: "ca.csv",
        stage: "classify",
        code: "E_SKIPPED_BY_CONFIG",
        reason: 'ca.csv: "skip": true in config files[0] ("ca.csv")',
      },
    ]);
  });
});

describe("lmb report on real instrument files (../shared/data, SOURCES.md)", () => {
  it("recognises a Maccor full-cell export, a BioLogic CV and an impedance CSV, and skips a notes file", async () => {
    await mkdir(at("real"));
    await copyFile(join(SHARED, "cycling/cellpy/maccor_002.txt"), at("real", "maccor_002.txt"));
    await copyFile(
      join(SHARED, "cycling/ixdat/Pt_poly_cv_CUT.mpt"),
      at("real", "Pt_poly_cv_CUT.mpt"),
    );
    await copyFile(join(SHARED, "eis/impedance.py/exampleData.csv"), at("real", "exampleData.csv"));
    await copyFile(join(SHARED, "eis/hybrid-drt/sample_info.txt"), at("real", "sample_info.txt"));
    const r = await runCaptured(["report", at("real"), "--out", at("real-out"), "--json"]);
    expect(r.code).toBe(0);
    const result = ReportResultSchema.parse(JSON.parse(r.stdout));
    const kinds = Object.fromEntries(result.experiments.map((e) => [e.files.join(","), e.kind]));
    expect(kinds).toEqual({
      "maccor_002.txt": "full-cell",
      "Pt_poly_cv_CUT.mpt": "voltammetry",
      "exampleData.csv": "impedance",
    });
    expect(result.skipped.map((s) => [s.path, s.code])).toEqual([["sample_info.txt", "E_FORMAT"]]);
    expect(result.inputs.files.find((f) => f.path === "maccor_002.txt")?.format).toBe("maccor-txt");
    // The CV's export does not give its scan rate as a number lmb reads (its header says
    // "dE/dt 100,000 mV/s"); the sweep gives 100 mV/s.
    const cv = result.experiments.find((e) => e.kind === "voltammetry");
    expect(cv?.method.parameters?.scanRates).toBe("100.0 mV/s");
    expect(cv?.warnings.map((w) => w.code)).not.toContain("W_NO_SCAN_RATE");
  }, 60_000);
});
