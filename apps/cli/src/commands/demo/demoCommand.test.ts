import { readFileSync } from "node:fs";
import { DemoProtocolSchema, DemoResultSchema, LmbErrorJsonSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { bundledExampleUrl } from "../../bundledExampleUrl.js";
import { runCaptured, runJson } from "../../testing/runCaptured.js";
import { DEMO_EXAMPLE } from "./readDemoProtocol.js";

const example = JSON.parse(readFileSync(bundledExampleUrl(DEMO_EXAMPLE), "utf8")) as Record<
  string,
  unknown
>;

function lineOf(result: ReturnType<typeof DemoResultSchema.parse>, section: string, label: string) {
  const line = result.sections.find((s) => s.id === section)?.lines.find((l) => l.label === label);
  if (!line) throw new Error(`no line "${label}" in section "${section}"`);
  return line;
}

describe("lmb demo", () => {
  it("ships an example protocol that satisfies DemoProtocolSchema", () => {
    expect(DemoProtocolSchema.safeParse(example).success).toBe(true);
  });

  it("walks through the bundled example", async () => {
    const run = await runCaptured(["demo"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^lmb demo: Coated Li foil/);
    expect(run.stdout).toContain("input: examples/demo-protocol.json (bundled with lmb)");
    for (const title of [
      "Li inventory of the foil",
      "Li‖Li symmetric cycling",
      "LiFePO4 (LFP)‖Li full cell",
      "Ionic conductivity (blocking cell)",
      "Activation energy",
    ]) {
      expect(run.stdout).toContain(`\n${title}\n`);
    }
    expect(run.stdout).toMatch(/areal capacity \(dense Li\) +10\.311 mAh cm⁻² +q_Li = l·ρ·F\/M/);
    expect(run.stdout).toMatch(/cycles in the test +250 /);
  });

  it("prints a DemoResult with --json, with the expected numbers", async () => {
    const result = DemoResultSchema.parse(await runJson(["demo"]));
    expect(result.sections.map((s) => s.id)).toEqual([
      "lithium-inventory",
      "symmetric-cycling",
      "full-cell",
      "conductivity",
      "activation-energy",
    ]);
    // 50 µm × 0.2062 mAh cm⁻² per µm (SCIENCE.md §2)
    const inventory = lineOf(result, "lithium-inventory", "areal capacity (dense Li)").quantity;
    expect(inventory?.value).toBeAllClose(50 * 0.2062247, { rtol: 1e-6 });
    // 500 h / (2 × 1 mAh cm⁻² / 1 mA cm⁻²) = 250 cycles
    expect(lineOf(result, "symmetric-cycling", "cycles in the test").number).toBeAllClose(250, {
      rtol: 1e-12,
    });
    // 1 mAh cm⁻² of a 10.31 mAh cm⁻² foil = 9.70 %
    const share = lineOf(result, "symmetric-cycling", "share of the foil per half cycle").quantity;
    expect(share?.value).toBeAllClose(100 / (50 * 0.2062247), { rtol: 1e-6 });
    expect(lineOf(result, "full-cell", "current at 1 C").quantity?.value).toBeAllClose(1.921, {
      rtol: 1e-9,
    });
    expect(lineOf(result, "full-cell", "n/p ratio (Li foil / cathode)").number).toBeAllClose(
      (50 * 0.2062247) / 1.7,
      { rtol: 1e-6 },
    );
    expect(lineOf(result, "conductivity", "conductivity").quantity?.value).toBeAllClose(
      (0.05 / (25 * 1.13)) * 1e3,
      { rtol: 1e-9 },
    );
    expect(lineOf(result, "activation-energy", "per particle").quantity?.value).toBeAllClose(
      40e3 / 96485.33212,
      { rtol: 1e-9 },
    );
  });

  it("reads a protocol from stdin with -", async () => {
    const protocol = { ...example, title: "From stdin" };
    const run = await runCaptured(["demo", "-", "--json"], { stdin: JSON.stringify(protocol) });
    expect(run.code).toBe(0);
    const result = DemoResultSchema.parse(JSON.parse(run.stdout));
    expect(result).toMatchObject({ title: "From stdin", input: "stdin" });
  });

  it("exits 1 naming the field when the protocol is invalid", async () => {
    const cell = example.symmetricCell as Record<string, unknown>;
    const protocol = { ...example, symmetricCell: { ...cell, currentDensity: "1 mAh cm-2" } };
    const run = await runCaptured(["demo", "-"], { stdin: JSON.stringify(protocol) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error E_SCHEMA: invalid demo protocol: symmetricCell\.currentDensity: E_UNIT_MISMATCH: .* \(at stdin\)\nfix: correct the field named above\n$/,
    );
  });

  it("exits 1 for a missing file and for invalid JSON, as JSON with --json", async () => {
    const missing = await runCaptured(["demo", "no-such-protocol.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^error E_FILE_READ: .*no such file \(at no-such-protocol\.json\)/,
    );
    const broken = await runCaptured(["demo", "-", "--json"], { stdin: '{"title": ' });
    expect(broken.code).toBe(1);
    expect(LmbErrorJsonSchema.parse(JSON.parse(broken.stderr))).toMatchObject({
      code: "E_PARSE",
      location: { source: "stdin" },
    });
  });
});
