import { enableNodeReaders } from "@lmb/io/node";
import type { CliIo } from "./CliIo.js";
import { protectNegativeValues } from "./input/protectNegativeValues.js";
import { reportError } from "./output/reportError.js";
import { createProgram } from "./program.js";

function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--json");
}

/**
 * Runs `lmb` in-process: parses `argv` (without `node` and the script), runs the command,
 * reports errors, and resolves to the exit code — 0 ok, 1 bad input (an `LmbError`), 2 usage
 * (unknown option, missing argument). Never calls `process.exit`; `main.ts` sets the exit code.
 *
 * @param argv - The arguments, e.g. `["units", "convert", "5 mA cm-2", "--to", "A m-2"]`.
 * @param io - Where to write output and errors (and read stdin).
 * @example
 * const out: string[] = [];
 * const code = await runCli(["--version"], { stdout: { write: (s) => out.push(s) }, stderr });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const json = wantsJson(argv);
  // The CLI runs in Node, so the Node-only readers (Arbin .res) are available to every command.
  enableNodeReaders();
  try {
    await createProgram(io, { json }).parseAsync(protectNegativeValues(argv), { from: "user" });
    return 0;
  } catch (error) {
    return reportError(error, io, json);
  }
}
