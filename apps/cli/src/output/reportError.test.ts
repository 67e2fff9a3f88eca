import { LmbErrorJsonSchema } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../testing/runCaptured.js";

describe("error reporting", () => {
  it("reports bad input as `error E_CODE: …` and the fix on stderr, exit code 1", async () => {
    const run = await runCaptured(["units", "convert", "100 um", "--to", "mAh cm-2"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const [first, second] = run.stderr.split("\n");
    expect(first).toMatch(/^error E_UNIT_MISMATCH: .*length.*areal capacity/);
    expect(second).toMatch(/^fix: .*--material Li/);
  });

  it("names the flag and column of an unreadable unit", async () => {
    const run = await runCaptured([
      "units",
      "cycles",
      "--current",
      "5 mA cm-2",
      "--capacity",
      "1 mAhh cm-2",
      "--duration",
      "300 h",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error E_UNIT_PARSE: .*"mAhh".* \(at --capacity:3\)\nfix: /);
  });

  it("prints an LmbError as LmbErrorJson on stderr with --json", async () => {
    const run = await runCaptured(["units", "energy", "5 mA cm-2", "--json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const error = LmbErrorJsonSchema.parse(JSON.parse(run.stderr));
    expect(error.code).toBe("E_UNIT_MISMATCH");
    expect(error.location).toEqual({ source: "<energy>" });
    expect(error.fix).toContain("kJ/mol");
  });

  it("exits 2 on an unknown option with commander's message and a pointer to --help", async () => {
    const run = await runCaptured(["units", "convert", "5 mA cm-2", "--to", "A m-2", "--frob"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `error: unknown option '--frob'\n(run "lmb units convert --help" for usage)\n`,
    );
  });

  it("exits 2 on a missing required option or argument", async () => {
    const missingOption = await runCaptured(["units", "convert", "5 mA cm-2"]);
    expect(missingOption.code).toBe(2);
    expect(missingOption.stderr).toContain("error: required option '--to <unit>' not specified");
    const missingArgument = await runCaptured(["units", "convert", "--to", "A m-2"]);
    expect(missingArgument.code).toBe(2);
    expect(missingArgument.stderr).toContain("error: missing required argument 'quantity'");
  });

  it("reports a usage error as E_USAGE JSON on stderr with --json, exit code 2", async () => {
    const run = await runCaptured(["units", "convert", "1 um", "--to", "nm", "--json", "--frob"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const error = LmbErrorJsonSchema.parse(JSON.parse(run.stderr));
    expect(error).toMatchObject({ code: "E_USAGE", problem: "unknown option '--frob'" });
  });

  it("exits 2 on an invalid choice or option value", async () => {
    const choice = await runCaptured([
      "units",
      "convert",
      "1 um",
      "--to",
      "um",
      "--material",
      "Na",
    ]);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain("Allowed choices are Li");
    const digits = await runCaptured(["units", "convert", "1 um", "--to", "nm", "--digits", "0"]);
    expect(digits.code).toBe(2);
    expect(digits.stderr).toContain("significant digits");
  });
});
