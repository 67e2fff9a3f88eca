import { open, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReportExperiment, ReportResult } from "@lmb/schemas";

/** Folder (inside the report folder being written) that holds each experiment's full result. */
export const SPILL_FOLDER = ".results";

/** The key of the stand-in object that replaces a spilled `result` until results.json is written. */
const SPILL_KEY = "$lmbSpilledResult";

/** `"result": { "$lmbSpilledResult": "<file>" }` as `JSON.stringify(…, null, 2)` prints it. */
const STAND_IN = /\{\n[ ]*"\$lmbSpilledResult": "([^"\\]+)"\n[ ]*\}/g;

/**
 * Writes an experiment's full package result (per half cycle and per cycle tables: about 1.4 MB
 * of JSON for 1 000 cycles) to `<dir>/.results/<id>.json` and returns a small stand-in for it.
 * The report process then holds only headlines, figures and tables per file, so its memory
 * does not grow with the length of the recordings; {@link writeResultsJson} splices the
 * results back in, one at a time, as it writes results.json.
 *
 * @param result - the package analysis result (JSON-ready)
 * @param id - the experiment's id (a file-name-safe slug)
 * @param dir - the report folder being written
 * @returns the stand-in to keep in `ReportExperiment.result`
 * @example
 * experiment.result = await spillResult(analysis, "li-li-run1", tmp);
 */
export async function spillResult(
  result: Record<string, unknown>,
  id: string,
  dir: string,
): Promise<Record<string, unknown>> {
  const file = `${SPILL_FOLDER}/${id}.json`;
  await writeFile(join(dir, file), JSON.stringify(result, null, 2));
  return { [SPILL_KEY]: file };
}

/**
 * Writes `results.json` into `dir`: the report as `JSON.stringify(result, null, 2)`, with every
 * spilled result (see {@link spillResult}) read back from its file, indented to its place and
 * streamed in, then removes the spill folder. Peak memory is the report without results plus
 * the largest single result.
 *
 * @param result - the report (validated), experiments' results possibly spilled
 * @param dir - the report folder being written
 * @example
 * await writeResultsJson(result, tmp); // tmp/results.json
 */
export async function writeResultsJson(result: ReportResult, dir: string): Promise<void> {
  const text = `${JSON.stringify(result, null, 2)}\n`;
  const handle = await open(join(dir, "results.json"), "w");
  try {
    let from = 0;
    for (const match of text.matchAll(STAND_IN)) {
      const at = match.index;
      await handle.write(text.slice(from, at));
      // The stand-in follows `"result": ` on its line; the result's lines are indented to that line.
      const line = text.slice(text.lastIndexOf("\n", at) + 1, at);
      const pad = " ".repeat(line.length - line.trimStart().length);
      const spilled = await readFile(join(dir, match[1] as string), "utf8");
      await handle.write(spilled.replaceAll("\n", `\n${pad}`));
      from = at + match[0].length;
    }
    await handle.write(text.slice(from));
  } finally {
    await handle.close();
  }
  await rm(join(dir, SPILL_FOLDER), { recursive: true, force: true });
}

/**
 * The report without the spilled stand-ins: what `runReport` returns to its caller (the full
 * per-experiment results are in results.json).
 *
 * @example
 * const light = withoutSpilledResults(result);
 */
export function withoutSpilledResults(result: ReportResult): ReportResult {
  const strip = (e: ReportExperiment): ReportExperiment => {
    if (e.result === undefined || !(SPILL_KEY in e.result)) return e;
    const { result: _spilled, ...rest } = e;
    return rest;
  };
  return { ...result, experiments: result.experiments.map(strip) };
}
