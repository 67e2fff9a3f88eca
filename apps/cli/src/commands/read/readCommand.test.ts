import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readBytes } from "@lmb/io";
import { LmbErrorJsonSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../../testing/runCaptured.js";

const dir = mkdtempSync(join(tmpdir(), "lmb-read-"));
// Real Maccor export (shared/data/cycling/SOURCES.md: 7 446 rows, 2 cycles, 0.035–3.8 V).
const MACCOR = fileURLToPath(
  new URL("../../../../../../shared/data/cycling/cellpy/maccor_002.txt", import.meta.url),
);

describe("lmb read", () => {
  it("exits 1 naming the file and the fix when the format is unknown", async () => {
    const path = join(dir, "mystery.bin");
    writeFileSync(path, Uint8Array.of(0, 1, 2, 3, 255, 254, 0, 7));
    const run = await runCaptured(["read", path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("E_UNKNOWN_FORMAT");
    expect(run.stderr).toContain("mystery.bin");
    const json = await runCaptured(["read", path, "--json"]);
    expect(LmbErrorJsonSchema.parse(JSON.parse(json.stderr)).code).toBe("E_UNKNOWN_FORMAT");
  });

  it("exits 1 with E_FILE for a missing file and leaves no output", async () => {
    const run = await runCaptured(["read", join(dir, "absent.mpr")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("E_FILE");
    expect(run.stdout).toBe("");
  });

  it("refuses --out pointing at the input file and leaves the input unchanged", async () => {
    const path = join(dir, "same.bin");
    writeFileSync(path, "not a table");
    const run = await runCaptured(["read", path, "--to", "json", "--out", path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is the input file");
    expect(readFileSync(path, "utf8")).toBe("not a table");
  });

  it("rejects an unknown --kind as a usage error (exit 2)", async () => {
    const run = await runCaptured(["read", "x.csv", "--kind", "spectrum"]);
    expect(run.code).toBe(2);
  });

  it("--to bdf writes a Battery Data Format CSV that reads back to the same columns", async () => {
    const out = join(dir, "maccor.bdf.csv");
    const run = await runCaptured(["read", MACCOR, "--to", "bdf", "--out", out]);
    expect(run.code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.split("\n", 1)[0]).toContain("Test Time / s");
    const original = readBytes(new Uint8Array(readFileSync(MACCOR)), {
      fileName: "maccor_002.txt",
    });
    const back = readBytes(new Uint8Array(readFileSync(out)), { fileName: "maccor.bdf.csv" });
    expect(back.metadata.format).toBe("bdf-csv");
    if (original.kind !== "cycling" || back.kind !== "cycling") throw new Error("cycling expected");
    expect(back.columns.time.length).toBe(7446);
    for (const key of ["time", "voltage", "current"] as const) {
      const a = original.columns[key];
      const b = back.columns[key];
      for (let i = 0; i < a.length; i += 97) {
        expect(b[i]).toBeCloseTo(a[i] as number, 9);
      }
    }
  });

  it("--to csv writes units in the headers to standard output; --to bdf on a spectrum fails clearly", async () => {
    const run = await runCaptured(["read", MACCOR, "--to", "csv"]);
    expect(run.code).toBe(0);
    const header = run.stdout.split("\n", 1)[0] ?? "";
    expect(
      header.startsWith("Time (s),Voltage (V),Current (mA),Step Time (s),Capacity (mAh)"),
    ).toBe(true);
    // Rec 2290 (row 2291 of the CSV): 1273.411833 min, 3.7816 V, discharge 0.16190 mA.
    expect(run.stdout.split("\n")[2290]?.split(",").slice(0, 3).map(Number)).toEqual([
      76404.70998, 3.7816, -0.1619,
    ]);
    expect(run.stdout.trim().split("\n").length).toBe(7447);
    const spectrum = join(dir, "spectrum.csv");
    writeFileSync(spectrum, "freq,Z',Z''\n1000,10,-1\n100,12,-3\n10,15,-2\n");
    const bad = await runCaptured(["read", spectrum, "--to", "bdf"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Battery Data Format holds cycling data");
  });
});
