import { CommanderError } from "@commander-js/extra-typings";
import { isLmbError, type LmbError, type LmbErrorLocation } from "@lmb/errors";
import { type LmbErrorJson, LmbErrorJsonSchema } from "@lmb/schemas";
import type { CliIo } from "../CliIo.js";
import { printJson } from "./printJson.js";

/**
 * Exit codes of `lmb` (DESIGN.md, CLI).
 *
 * @example
 * return EXIT.usage; // 2
 */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

function describeLocation(location: LmbErrorLocation | undefined): string {
  if (!location) return "";
  const parts = [location.source, location.line, location.column].filter((p) => p !== undefined);
  return parts.length > 0 ? ` (at ${parts.join(":")})` : "";
}

function lmbErrorText(error: LmbError): string {
  const fix = error.fix ? `fix: ${error.fix}\n` : "";
  return `error ${error.code}: ${error.problem}${describeLocation(error.location)}\n${fix}`;
}

function usageErrorJson(error: CommanderError): LmbErrorJson {
  const problem = error.message.replace(/^error: /, "");
  const fix = "run the command with --help to see its arguments and options";
  return { code: "E_USAGE", message: `E_USAGE: ${problem}. Fix: ${fix}`, problem, fix };
}

function internalErrorJson(error: unknown): LmbErrorJson {
  const problem = error instanceof Error ? error.message : String(error);
  const fix = "this is a bug in lmb; please report it with the command you ran";
  return { code: "E_INTERNAL", message: `E_INTERNAL: ${problem}. Fix: ${fix}`, problem, fix };
}

/**
 * Reports an error from parsing or running a command and returns the exit code:
 * 0 for help and version (commander signals them as errors), 2 for usage errors (unknown
 * option, missing argument — commander has already printed its message unless `json`),
 * 1 for an `LmbError` (bad input), printed as `error E_CODE: problem (at where)` and
 * `fix: …`, or with `json` as {@link LmbErrorJsonSchema} JSON on stderr. Anything else is a
 * bug, reported as `E_INTERNAL` with exit code 1.
 *
 * @example
 * return reportError(error, io, wantsJson);
 */
export function reportError(error: unknown, io: CliIo, json: boolean): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT.ok;
    if (json) printJson(io.stderr, LmbErrorJsonSchema, usageErrorJson(error));
    return EXIT.usage;
  }
  if (isLmbError(error)) {
    if (json) printJson(io.stderr, LmbErrorJsonSchema, error.toJSON());
    else io.stderr.write(lmbErrorText(error));
    return EXIT.badInput;
  }
  const report = internalErrorJson(error);
  if (json) printJson(io.stderr, LmbErrorJsonSchema, report);
  else {
    const stack = error instanceof Error && error.stack ? `${error.stack}\n` : "";
    io.stderr.write(`error ${report.code}: ${report.problem}\nfix: ${report.fix}\n${stack}`);
  }
  return EXIT.badInput;
}
