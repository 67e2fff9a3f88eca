import type { z } from "zod";
import type { CliIo } from "../CliIo.js";
import { printJson } from "./printJson.js";

/**
 * Prints a command's result: as schema-checked JSON with `--json`, else as the human-readable
 * text that `human()` builds (only called when needed).
 *
 * @example
 * writeResult(io, options.json, CycleCountResultSchema, result, () => formatTable(rows));
 */
export function writeResult<S extends z.ZodType>(
  io: CliIo,
  json: boolean | undefined,
  schema: S,
  result: z.input<S>,
  human: () => string,
): void {
  if (json) printJson(io.stdout, schema, result);
  else io.stdout.write(human());
}
