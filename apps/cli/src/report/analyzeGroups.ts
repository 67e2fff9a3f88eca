import { posix } from "node:path";
import { spectrumTemperature } from "@lmb/cells";
import { isLmbError } from "@lmb/errors";
import type { ImpedanceSpectrum, ReportExperiment, ReportSkipped } from "@lmb/schemas";
import {
  impedanceExperiment,
  impedanceSeriesExperiment,
  type SpectrumMember,
} from "./analyze/impedanceExperiment.js";
import { type VoltammogramMember, voltammetryExperiment } from "./analyze/voltammetryExperiment.js";
import type { ExperimentDraft } from "./experimentDraft.js";
import { temperatureFromName, timeFromName } from "./nameHints.js";
import type { FileJob } from "./processFile.js";
import { readAndClassify, reasonOf } from "./processFile.js";
import { settingsSi } from "./settingsSi.js";
import { writeExperiment } from "./writeExperiment.js";

/** A file deferred to its group: the job and the id prefix of its comparison group. */
export interface DeferredFile {
  job: FileJob;
  kind: "voltammogram" | "impedance";
  /** `"a-"`/`"b-"` in comparison mode, else `""`. */
  prefix: string;
  /** Group of files analysed together: the config's `group`, else the folder. */
  groupKey: string;
  groupTitle: string;
  /** What the report calls the group (the config `label`, else the title). */
  groupLabel: string;
}

/** Everything the groups produced. */
export interface GroupOutcome {
  experiments: ReportExperiment[];
  skipped: ReportSkipped[];
}

function slug(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "group"
  );
}

function skip(
  path: string,
  error: unknown,
  stage: ReportSkipped["stage"] = "analyze",
): ReportSkipped {
  return {
    path,
    stage,
    code: isLmbError(error) ? error.code : "E_INTERNAL",
    reason: reasonOf(error),
  };
}

/**
 * The group of a deferred file: its config `group`, else its folder (files of one folder at
 * several scan rates or temperatures belong together). `title` names the group (its id is made
 * from it); `label` is what the report shows: the file's config `label` when it has one.
 *
 * @example groupOf(job, 0, "impedance"); // { key: "0:impedance:eis", title: "eis", label: "eis" }
 */
export function groupOf(
  job: FileJob,
  root: number,
  kind: string,
): { key: string; title: string; label: string } {
  if (job.settings.group !== undefined) {
    const title = job.settings.group;
    // per input root: with --compare, the same group name in both folders is two groups
    return { key: `${root}:${kind}:group:${title}`, title, label: job.settings.label ?? title };
  }
  const dir = posix.dirname(job.display);
  const title = dir === "." ? (kind === "impedance" ? "impedance spectra" : "voltammograms") : dir;
  return { key: `${root}:${kind}:${dir}`, title, label: job.settings.label ?? title };
}

/**
 * Analyses the deferred files by group: voltammograms of a group together (peaks; Randles–
 * Sevcik D at two or more scan rates), impedance spectra of a group as a temperature series
 * (≥ 2 temperatures known from the config, the file or its name: Arrhenius E_a), else a time
 * series (≥ 2 times known: resistance against time), else one by one. A series that fails falls
 * back to single spectra, with the reason as a warning. Files that fail alone are skipped.
 *
 * @param files - the deferred files
 * @param usedIds - ids already taken (each new id is added)
 * @param ids - makes an experiment id unique from a base
 * @example
 * const { experiments, skipped } = await analyzeGroups(deferred, (base) => base);
 */
export async function analyzeGroups(
  files: readonly DeferredFile[],
  ids: (base: string) => string,
  onProgress?: (label: string) => void,
): Promise<GroupOutcome> {
  const experiments: ReportExperiment[] = [];
  const skipped: ReportSkipped[] = [];
  const groups = new Map<string, DeferredFile[]>();
  for (const f of files) groups.set(f.groupKey, [...(groups.get(f.groupKey) ?? []), f]);
  for (const group of groups.values()) {
    const first = group[0] as DeferredFile;
    const dir = first.job.dir;
    const analysis = first.job.analysis;
    const emit = async (draft: ExperimentDraft, base: string) => {
      experiments.push(await writeExperiment(draft, ids(`${first.prefix}${slug(base)}`), dir));
      onProgress?.(`${draft.title} → ${draft.kind}`);
    };
    if (first.kind === "voltammogram") {
      const members: VoltammogramMember[] = [];
      for (const f of group) {
        try {
          const settings = settingsSi(f.job.settings);
          const { cls } = await readAndClassify(f.job.absolute, settings);
          if (cls.kind !== "voltammogram") continue;
          members.push({ label: f.job.display, data: cls.data, settings });
        } catch (error) {
          skipped.push(skip(f.job.display, error, "read"));
        }
      }
      if (members.length === 0) continue;
      try {
        await emit(voltammetryExperiment(members, first.groupLabel), first.groupTitle);
      } catch (error) {
        for (const m of members) skipped.push(skip(m.label, error));
      }
      continue;
    }
    const members: SpectrumMember[] = [];
    for (const f of group) {
      try {
        const settings = settingsSi(f.job.settings);
        const { dataset } = await readAndClassify(f.job.absolute, settings);
        const data = dataset as ImpedanceSpectrum;
        const own = spectrumTemperature(data, settings.temperature);
        const named = temperatureFromName(f.job.display.split("/").at(-1) ?? "");
        members.push({
          label: f.job.display,
          data,
          settings,
          temperature: own.source === "default" ? named : own.kelvin,
          time: settings.time ?? timeFromName(f.job.display.split("/").at(-1) ?? ""),
        });
      } catch (error) {
        skipped.push(skip(f.job.display, error, "read"));
      }
    }
    if (members.length === 0) continue;
    // Times from the files' start stamps when the names and config give none.
    if (members.some((m) => m.time === undefined)) {
      const starts = members.map((m) => Date.parse(m.data.metadata.startTime ?? ""));
      if (starts.every(Number.isFinite) && new Set(starts).size === starts.length) {
        const t0 = Math.min(...starts);
        members.forEach((m, i) => {
          m.time = ((starts[i] as number) - t0) / 1000;
        });
      }
    }
    const forced = members.find((m) => m.settings.kind !== undefined)?.settings.kind;
    const temperatures = new Set(members.map((m) => m.temperature));
    const times = new Set(members.map((m) => m.time));
    const byTemperature =
      forced === "impedance-temperature" ||
      (forced === undefined &&
        members.length >= 2 &&
        !temperatures.has(undefined) &&
        temperatures.size >= 2);
    const byTime =
      !byTemperature &&
      (forced === "impedance-time" ||
        (forced === undefined && members.length >= 2 && !times.has(undefined) && times.size >= 2));
    let fallback: string | undefined;
    if (byTemperature || byTime) {
      try {
        await emit(
          impedanceSeriesExperiment(
            members,
            byTemperature ? "temperature" : "time",
            analysis.circuit,
            first.groupLabel,
          ),
          first.groupTitle,
        );
        continue;
      } catch (error) {
        fallback = `the series over ${byTemperature ? "temperature" : "time"} failed (${error instanceof Error ? error.message : String(error)}); spectra analysed one by one`;
      }
    }
    for (const m of members) {
      try {
        const draft = impedanceExperiment(m, analysis.circuit);
        if (fallback !== undefined)
          draft.warnings.push({ code: "W_SERIES_FAILED", message: fallback });
        await emit(draft, m.label.replace(/\.[^./]+$/, ""));
      } catch (error) {
        skipped.push(skip(m.label, error));
      }
    }
  }
  return { experiments, skipped };
}
