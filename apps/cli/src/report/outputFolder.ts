import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { LmbError } from "@lmb/errors";
import { SPILL_FOLDER } from "./spilledResults.js";

/** The marker file that identifies a folder written by `lmb report`. */
export const REPORT_MARKER = ".lmb-report.json";

/** Where a report is being written and where it goes at the end. */
export interface OutputPlan {
  /** The `--out` folder, absolute. */
  target: string;
  /** The temporary sibling folder written first (hidden: `.<name>.lmb-tmp-…`). */
  temp: string;
  /** What the marker records: the inputs, so that a re-run of the same report may replace it. */
  fingerprint: string;
}

async function exists(path: string): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/**
 * Checks the output folder and opens a temporary sibling to write into, so that a report that
 * fails half-way never leaves a partial `report.html` behind. An existing folder is accepted when
 * it is empty or holds the report of the same inputs (its marker file says so); a folder that
 * holds anything else, or another report, is refused unless `force`.
 *
 * @param out - the `--out` folder
 * @param fingerprint - identifies the report's inputs (absolute roots)
 * @param force - replace whatever the folder holds
 * @throws LmbError `E_OUTPUT_NOT_FOLDER`, `E_OUTPUT_NOT_REPORT`, `E_OUTPUT_OTHER_REPORT`
 * @example
 * const plan = await prepareOutput("report", fingerprint, false);
 */
export async function prepareOutput(
  out: string,
  fingerprint: string,
  force: boolean,
): Promise<OutputPlan> {
  const target = resolve(out);
  const info = await exists(target);
  if (info !== undefined && !info.isDirectory()) {
    throw new LmbError("E_OUTPUT_NOT_FOLDER", `--out ${out} is a file, not a folder`, {
      location: { source: "--out" },
      fix: "give --out a folder name (it is created)",
    });
  }
  if (info !== undefined && !force) {
    const entries = await readdir(target);
    if (entries.length > 0) {
      if (!entries.includes(REPORT_MARKER)) {
        throw new LmbError(
          "E_OUTPUT_NOT_REPORT",
          `--out ${out} is not empty and is not an lmb report (no ${REPORT_MARKER}): lmb will not write over it`,
          {
            location: { source: "--out" },
            fix: "choose a new or empty --out folder, or pass --force to replace its contents",
          },
        );
      }
      let previous: { fingerprint?: string } = {};
      try {
        previous = JSON.parse(await readFile(join(target, REPORT_MARKER), "utf8"));
      } catch {
        previous = {};
      }
      if (previous.fingerprint !== fingerprint) {
        throw new LmbError(
          "E_OUTPUT_OTHER_REPORT",
          `--out ${out} holds the report of other inputs (${previous.fingerprint ?? "unknown"})`,
          {
            location: { source: "--out" },
            fix: "choose another --out folder, or pass --force to replace that report",
          },
        );
      }
    }
  }
  const temp = join(
    dirname(target),
    `.${basename(target)}.lmb-tmp-${process.pid}-${Date.now().toString(36)}`,
  );
  await mkdir(join(temp, "figures"), { recursive: true });
  await mkdir(join(temp, "tables"), { recursive: true });
  await mkdir(join(temp, SPILL_FOLDER), { recursive: true });
  return { target, temp, fingerprint };
}

/**
 * Moves the finished report into place: the marker is written, the old folder (if any) is moved
 * aside, the temporary folder renamed to `--out`, and the old one removed.
 *
 * @example
 * await commitOutput(plan, { tool: "lmb", version });
 */
export async function commitOutput(
  plan: OutputPlan,
  marker: Record<string, unknown>,
): Promise<void> {
  await writeFile(
    join(plan.temp, REPORT_MARKER),
    `${JSON.stringify({ ...marker, fingerprint: plan.fingerprint }, null, 2)}\n`,
  );
  const old = `${plan.temp.replace(/lmb-tmp-/, "lmb-old-")}`;
  const had = (await exists(plan.target)) !== undefined;
  if (had) await rename(plan.target, old);
  await rename(plan.temp, plan.target);
  if (had) await rm(old, { recursive: true, force: true });
}

/**
 * Removes the temporary folder of a report that failed.
 *
 * @example await abandonOutput(plan);
 */
export async function abandonOutput(plan: OutputPlan): Promise<void> {
  await rm(plan.temp, { recursive: true, force: true });
}
