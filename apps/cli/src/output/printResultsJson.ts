import { createReadStream } from "node:fs";
import { join } from "node:path";
import type { CliIo } from "../CliIo.js";

/**
 * Prints a report folder's `results.json` (already validated when it was written) to stdout,
 * streamed, for `lmb report --json` and `lmb demo --json`: the per-experiment results are only
 * in that file, not in memory.
 *
 * @param folder - the report folder
 * @example
 * await printResultsJson(io, "report");
 */
export async function printResultsJson(io: CliIo, folder: string): Promise<void> {
  for await (const chunk of createReadStream(join(folder, "results.json"), "utf8")) {
    io.stdout.write(chunk as string);
  }
}
