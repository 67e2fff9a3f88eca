import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareSymmetricAsymmetric, DEFAULT_COMPARISON_INTERPHASE, designMap } from "@lmb/cells";
import { DesignMapResultSchema, SymmetricAsymmetricComparisonResultSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../CliIo.js";
import { compareCommand } from "./compareCommand.js";
import { designMapCommand, formatDesignMap } from "./designMapCommand.js";

const dir = mkdtempSync(join(tmpdir(), "lmb-cell-compare-"));
const SHORT = "(Strip at 1 mA cm-2 for 1 h, Plate at 1 mA cm-2 for 1 h) x 100";

/** Runs one of the commands in-process and returns what it wrote. */
async function run(
  make: (io: CliIo) => { parseAsync: (a: string[], o: { from: "user" }) => Promise<unknown> },
  args: string[],
) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  };
  await make(io).parseAsync(args, { from: "user" });
  return { stdout, stderr };
}

describe("lmb cell compare-symmetric-asymmetric", () => {
  it("prints the library's comparison as JSON and writes PREFIX-traces.svg", {
    timeout: 60_000,
  }, async () => {
    const prefix = join(dir, "cmp");
    const { stdout } = await run(compareCommand, [
      "--protocol",
      SHORT,
      "--fractions",
      "0.1,0.4",
      "--json",
      "--plot",
      prefix,
    ]);
    const json = SymmetricAsymmetricComparisonResultSchema.parse(JSON.parse(stdout));
    const lib = compareSymmetricAsymmetric({ protocol: SHORT, fractions: [0.1, 0.4] });
    expect(json).toEqual(JSON.parse(JSON.stringify(lib)));
    expect(json.cells.map((c) => c.depletion?.time ?? null)).toEqual([
      null,
      null,
      expect.any(Number),
    ]);
    expect(readFileSync(`${prefix}-traces.svg`, "utf8")).toMatch(/^<svg/);
    expect(readFileSync(`${prefix}-depletion.svg`, "utf8")).toMatch(/^<svg/);
  });

  it("reads the interphase from a file, overrides V_f and prints a table", async () => {
    const file = join(dir, "interphase.json");
    writeFileSync(file, JSON.stringify({ interphase: DEFAULT_COMPARISON_INTERPHASE }));
    const { stdout } = await run(compareCommand, [
      "--interphase",
      file,
      "--fraction",
      "0.1",
      "--protocol",
      SHORT,
      "--fractions",
      "none",
    ]);
    expect(stdout).toMatch(
      /^interphase +V_f = 0\.1, aspect ratio 1, V_p = 0\.266 \(not percolating\)/,
    );
    expect(stdout).toMatch(/\n100 µm \| 20 µm +asymmetric +completed +—/);
    expect(stdout).toMatch(/No cell ran out of Li within the protocol/);
  });

  it("names the flag of bad input", async () => {
    await expect(run(compareCommand, ["--thin", "20 um"])).rejects.toThrow(/two or more/);
    await expect(run(compareCommand, ["--fraction", "1.5"])).rejects.toThrow(/--fraction/);
    await expect(run(compareCommand, ["--interphase", "{ nope"])).rejects.toMatchObject({
      code: "E_PARSE",
    });
    await expect(run(compareCommand, ["--thick", "100 mAh"])).rejects.toThrow(/--thick/);
  });
});

describe("lmb cell design-map", () => {
  it("prints the library's map (on 2 threads), a summary table and a heat map", {
    timeout: 120_000,
  }, async () => {
    const grid = { fractions: [0.05, 0.3], aspectRatios: [1, 10], protocol: SHORT };
    const prefix = join(dir, "map");
    const { stdout } = await run(designMapCommand, [
      "--fractions",
      "0.05,0.3",
      "--aspect-ratios",
      "1,10",
      "--protocol",
      SHORT,
      "--threads",
      "2",
      "--json",
      "--plot",
      prefix,
    ]);
    const json = DesignMapResultSchema.parse(JSON.parse(stdout));
    expect(json).toEqual(JSON.parse(JSON.stringify(designMap(grid))));
    expect(json.depletionTime[0]?.[0]).toBeNull();
    expect(json.depletionTime[0]?.[1]).toBeGreaterThan(0);
    expect(readFileSync(`${prefix}-map.svg`, "utf8")).toMatch(/^<svg/);
    expect(formatDesignMap(json)).toMatch(/\naspect ratio +V_p +first V_f that runs out +at/);
  });
});
