import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LmbErrorJsonSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../../testing/runCaptured.js";

const dir = mkdtempSync(join(tmpdir(), "lmb-read-"));

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
});
