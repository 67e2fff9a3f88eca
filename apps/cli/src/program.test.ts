import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./testing/runCaptured.js";

const { version } = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
) as { version: string };

describe("lmb", () => {
  it("prints its version from package.json with --version and -V", async () => {
    for (const flag of ["--version", "-V"]) {
      const run = await runCaptured([flag]);
      expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    }
  });

  it("prints help listing the areas with --help", async () => {
    const run = await runCaptured(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Usage: lmb \[options\] \[command\]/);
    expect(run.stdout).toContain("units");
    expect(run.stdout).toContain("demo");
    expect(run.stdout).toContain("Exit codes: 0 ok, 1 bad input, 2 usage");
  });

  it("prints an area's help with `lmb units --help`, listing every units command", async () => {
    const run = await runCaptured(["units", "--help"]);
    expect(run.code).toBe(0);
    for (const command of [
      "convert",
      "cycles",
      "timing",
      "capacity",
      "crate",
      "conductivity",
      "energy",
      "temperature",
      "constants",
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    }
  });

  it("prints a command's help with examples", async () => {
    const run = await runCaptured(["units", "cycles", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--current <quantity>");
    expect(run.stdout).toContain("Examples:");
  });

  it("exits 2 on an unknown command, with the help pointer on stderr", async () => {
    const run = await runCaptured(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`error: unknown command 'frobnicate'\n(run "lmb --help" for usage)\n`);
  });

  it("exits 2 with help on stderr when an area is given without an action", async () => {
    const run = await runCaptured(["units"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Usage: lmb units");
  });
});
