import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { isLmbError, LmbError } from "@lmb/errors";
import { detectFormat, readBytes } from "@lmb/io";
import type {
  CellKind,
  Dataset,
  DatasetKind,
  ReportAnalysisSettings,
  ReportExperiment,
  ReportExperimentKind,
  ReportSkipped,
} from "@lmb/schemas";
import { conductivityExperiment } from "./analyze/conductivityExperiment.js";
import { cyclingExperiment } from "./analyze/cyclingExperiment.js";
import { nucleationExperiment } from "./analyze/nucleationExperiment.js";
import { classifyDataset, type DatasetClass } from "./classifyDataset.js";
import type { ResolvedFileSettings } from "./reportConfig.js";
import { type FileSettingsSi, settingsSi } from "./settingsSi.js";
import { writeExperiment } from "./writeExperiment.js";

/** One file to read, classify and (when it stands alone) analyse. Plain data: it crosses to worker threads. */
export interface FileJob {
  absolute: string;
  /** Path shown in the report. */
  display: string;
  /** Experiment id, if the file makes an experiment on its own. */
  id: string;
  settings: ResolvedFileSettings;
  analysis: ReportAnalysisSettings;
  /** The report folder being written. */
  dir: string;
}

/** What became of a file. */
export type FileOutcome =
  | { type: "experiment"; format: string; experiment: ReportExperiment }
  | { type: "deferred"; format: string; kind: "voltammogram" | "impedance" }
  | { type: "skipped"; format: string | null; skipped: ReportSkipped };

const CELL_OF: Partial<Record<ReportExperimentKind, CellKind>> = {
  "symmetric-cycling": "symmetric",
  "rate-test": "symmetric",
  ccd: "symmetric",
  "asymmetric-cycling": "asymmetric",
  "li-cu": "li-cu",
  "full-cell": "full",
};

const DATASET_OF: Partial<Record<ReportExperimentKind, DatasetKind>> = {
  impedance: "impedance",
  "impedance-temperature": "impedance",
  "impedance-time": "impedance",
  "conductivity-temperature": "conductivity",
};

/**
 * Reads a file with `@lmb/io` (format sniffed; area, mass and a forced kind from its settings)
 * and classifies it.
 *
 * @throws LmbError from the reader (`E_UNKNOWN_FORMAT`, `E_FORMAT`, …) or the classification
 * @example
 * const { dataset, format, cls } = await readAndClassify(path, "a.mpt", settings);
 */
export async function readAndClassify(
  absolute: string,
  settings: FileSettingsSi,
): Promise<{ dataset: Dataset; format: string; cls: DatasetClass }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw new LmbError("E_FILE", `cannot read ${absolute}: ${(error as Error).message}`, {
      location: { source: absolute },
      fix: "check the file's permissions",
      cause: error,
    });
  }
  const fileName = basename(absolute);
  const format = detectFormat(bytes, fileName).id;
  const kind = settings.kind === undefined ? undefined : DATASET_OF[settings.kind];
  const dataset = readBytes(bytes, {
    fileName,
    ...(kind === undefined ? {} : { kind }),
    ...(settings.area === undefined ? {} : { area: settings.area }),
    ...(settings.mass === undefined ? {} : { activeMass: settings.mass }),
  });
  return { dataset, format, cls: classifyDataset(dataset, settings.kind) };
}

/**
 * The reason a file was skipped, for the report: the error's message without its leading code
 * (the code is a field of its own), with the fix.
 *
 * @example reasonOf(new LmbError("E_FORMAT", "no rows", { fix: "export as CSV" })); // "no rows. Fix: export as CSV"
 */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = isLmbError(error) ? error.code : undefined;
  return code !== undefined && message.startsWith(`${code}: `)
    ? message.slice(code.length + 2)
    : message;
}

function skipped(
  display: string,
  stage: ReportSkipped["stage"],
  error: unknown,
  format: string | null,
): FileOutcome {
  const code = isLmbError(error) ? error.code : "E_INTERNAL";
  return {
    type: "skipped",
    format,
    skipped: { path: display, stage, code, reason: reasonOf(error) },
  };
}

/**
 * The work on one file: read, classify and, for a file that is an experiment on its own
 * (cycling, nucleation transient, conductivity table), analyse it and write its figures and
 * tables. Voltammograms and impedance spectra are deferred: they are analysed with the other
 * files of their group. Never throws: a failure is a `skipped` outcome with the stage, the
 * `LmbError` code and its message.
 *
 * @example
 * const outcome = await processFile(job);
 */
export async function processFile(job: FileJob): Promise<FileOutcome> {
  if (job.settings.skip) {
    return {
      type: "skipped",
      format: null,
      skipped: {
        path: job.display,
        stage: "classify",
        code: "E_SKIPPED_BY_CONFIG",
        reason: `${job.display}: "skip": true in ${job.settings.sources.skip ?? "the config"}`,
      },
    };
  }
  let settings: FileSettingsSi;
  let read: Awaited<ReturnType<typeof readAndClassify>>;
  try {
    settings = settingsSi(job.settings);
    if (settings.kind !== undefined && settings.cellType === undefined) {
      const cell = CELL_OF[settings.kind];
      if (cell !== undefined) settings.cellType = cell;
    }
    read = await readAndClassify(job.absolute, settings);
  } catch (error) {
    const stage = isLmbError(error) && error.code === "E_KIND_MISMATCH" ? "classify" : "read";
    return skipped(job.display, stage, error, null);
  }
  const { cls, format, dataset } = read;
  try {
    const label = settings.label ?? job.display;
    let draft: Parameters<typeof writeExperiment>[0];
    if (cls.kind === "cycling") draft = cyclingExperiment(cls.data, label, settings, job.analysis);
    else if (cls.kind === "nucleation")
      draft = nucleationExperiment(cls.record, label, settings, cls.reasons);
    else if (cls.kind === "conductivity" && dataset.kind === "conductivity") {
      draft = conductivityExperiment(dataset, label, settings);
    } else
      return {
        type: "deferred",
        format,
        kind: cls.kind === "voltammogram" ? "voltammogram" : "impedance",
      };
    draft.files = [job.display];
    return {
      type: "experiment",
      format,
      experiment: await writeExperiment(draft, job.id, job.dir),
    };
  } catch (error) {
    return skipped(job.display, "analyze", error, format);
  }
}
