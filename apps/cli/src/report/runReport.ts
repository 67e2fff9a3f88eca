import { readFile, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LmbError } from "@lmb/errors";
import { enableNodeReaders } from "@lmb/io/node";
import {
  type ReportConfig,
  type ReportExperiment,
  ReportFileSettingsSchema,
  type ReportInputFile,
  type ReportResult,
  ReportResultSchema,
  type ReportSkipped,
} from "@lmb/schemas";
import type { CliIo } from "../CliIo.js";
import { cliVersion } from "../cliVersion.js";
import { analyzeGroups, type DeferredFile, groupOf } from "./analyzeGroups.js";
import { type DiscoveredFile, discoverFiles } from "./discoverFiles.js";
import type { DataAttribution } from "./html/dataAttribution.js";
import { renderReportHtml } from "./html/renderReportHtml.js";
import { abandonOutput, commitOutput, prepareOutput } from "./outputFolder.js";
import type { FileJob, FileOutcome } from "./processFile.js";
import {
  type CliFileSettings,
  isExcluded,
  type LoadedReportConfig,
  loadReportConfig,
  resolveFileSettings,
} from "./reportConfig.js";
import { runFileJobs } from "./runFileJobs.js";
import { withoutSpilledResults, writeResultsJson } from "./spilledResults.js";
import { comparisonOf, summaryOf } from "./summarize.js";

/** Options of {@link runReport}. Quantities are text with units, as on the command line. */
export interface RunReportOptions {
  /** Output folder. @default "report" */
  out?: string;
  /** Config file; without it each input folder's own `lmb.json` is used when present. */
  config?: string;
  /** Electrode area of every file, e.g. `"1.13 cm2"` (a config that disagrees is a conflict). */
  area?: string;
  /** Active mass of every file, e.g. `"12 mg"`. */
  mass?: string;
  /** Temperature of every file, e.g. `"25 degC"`. */
  temperature?: string;
  /** Two inputs side by side (`DIR_A DIR_B --compare`). */
  compare?: boolean;
  /** Labels of the two groups in comparison mode (default: the folder names). */
  labels?: readonly [string, string];
  /** Replace an output folder that holds something else. */
  force?: boolean;
  /** Title of the report (default: the config's, else from the inputs). */
  title?: string;
  /** Files analysed at once (worker threads in the bundled CLI). @default min(cores, 4) */
  jobs?: number;
  /** No progress lines on stderr. */
  quiet?: boolean;
  /** Source and licence of bundled data files, shown in the page's footer (`lmb demo`). */
  attributions?: readonly DataAttribution[];
  /** Clock, for reproducible tests. */
  now?: () => Date;
}

const CLI_FIELDS = ["area", "mass", "temperature"] as const;

function cliSettings(options: RunReportOptions): CliFileSettings {
  const out: CliFileSettings = {};
  for (const field of CLI_FIELDS) {
    const value = options[field];
    if (value === undefined) continue;
    const parsed = ReportFileSettingsSchema.shape[field].safeParse(value);
    if (!parsed.success) {
      throw new LmbError(
        "E_INVALID_INPUT",
        `--${field} "${value}": ${parsed.error.issues[0]?.message}`,
        {
          location: { source: `--${field}` },
          fix: `give --${field} with its unit, e.g. ${field === "area" ? '"1.13 cm2"' : field === "mass" ? '"12 mg"' : '"25 degC"'}`,
        },
      );
    }
    out[field] = value;
  }
  return out;
}

async function configs(
  inputs: readonly string[],
  options: RunReportOptions,
): Promise<LoadedReportConfig[]> {
  if (options.config !== undefined) {
    const loaded = await loadReportConfig(options.config);
    return inputs.map(() => loaded);
  }
  const out: LoadedReportConfig[] = [];
  for (const input of inputs) {
    const candidate = join(input, "lmb.json");
    const info = await stat(candidate).catch(() => undefined);
    out.push(
      info?.isFile() ? await loadReportConfig(candidate) : { config: {}, file: null, sha256: null },
    );
  }
  return out;
}

/** The bundled `lmb.js` this code runs from, or undefined when running from source. */
function bundledScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  return basename(here) === "lmb.js" ? here : undefined;
}

function slug(text: string): string {
  return (
    text
      .replace(/\.[^./]+$/, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "file"
  );
}

function progressLine(io: CliIo, quiet: boolean | undefined, text: string): void {
  if (!quiet) io.stderr.write(`lmb report: ${text}\n`);
}

/**
 * `lmb report`: finds the instrument files under `inputs` (folders or files), recognises what
 * each experiment is, runs the matching analyses and writes the report folder — `results.json`
 * (validated by `ReportResultSchema`), `figures/*.svg`, `tables/*.csv`, `report.html` and a
 * marker file — through a temporary sibling that is renamed at the end, so a failed run never
 * leaves a partial report. Files that cannot be read, classified or analysed are listed in
 * `skipped` with the `LmbError` code and message; the rest still runs.
 *
 * @param inputs - folders or files; with `compare`, exactly two folders (groups a and b)
 * @param options - output folder, config, overrides, comparison, force, parallel jobs
 * @param io - stderr gets one progress line per file
 * @returns the report as written to results.json, without each experiment's full package
 *   `result` (that is read back from disk into results.json only, so memory stays bounded)
 * @throws LmbError `E_NO_INPUT_FILES` (nothing found), `E_NO_EXPERIMENTS` (nothing analysable),
 *   `E_CONFIG`/`E_CONFIG_CONFLICT` (bad or conflicting config), `E_OUTPUT_*` (output folder
 *   refused), `E_USAGE` (bad combination of inputs and options)
 * @example
 * const result = await runReport(["data/"], { out: "report", area: "1.13 cm2" }, io);
 * result.summary.map((h) => `${h.label}: ${h.value} ${h.unit}`);
 */
export async function runReport(
  inputs: readonly string[],
  options: RunReportOptions,
  io: CliIo,
): Promise<ReportResult> {
  enableNodeReaders();
  if (inputs.length === 0) {
    throw new LmbError("E_USAGE", "no input folder or file", {
      fix: "give a folder of instrument files, e.g. lmb report data/",
    });
  }
  if (options.compare && inputs.length !== 2) {
    throw new LmbError("E_USAGE", `--compare needs exactly two inputs, got ${inputs.length}`, {
      location: { source: "--compare" },
      fix: "give two folders: lmb report bare/ coated/ --compare",
    });
  }
  const out = resolve(options.out ?? "report");
  for (const input of inputs) {
    const abs = resolve(input);
    if (abs === out || abs.startsWith(`${out}/`)) {
      throw new LmbError("E_USAGE", `the input ${input} is the output folder or inside it`, {
        location: { source: "--out" },
        fix: "write the report to a folder outside the inputs (--out)",
      });
    }
  }
  const cli = cliSettings(options);
  const loaded = await configs(inputs, options);
  const files = await discoverFiles(inputs, {
    excludeDirectories: [out],
    excludeFiles: loaded.flatMap((l) => (l.file === null ? [] : [resolve(l.file)])),
  });
  const kept = files.filter(
    (f) => !isExcluded((loaded[f.root] as LoadedReportConfig).config, f.relative),
  );
  if (kept.length === 0) {
    throw new LmbError("E_NO_INPUT_FILES", `no files found in ${inputs.join(", ")}`, {
      location: { source: inputs.join(", ") },
      fix: "give a folder that holds instrument files (any format `lmb read --formats` lists); hidden files, *.md and excluded paths are not read",
    });
  }
  // Settings first: a conflicting config stops the report before anything is written.
  const settings = kept.map((f) =>
    resolveFileSettings((loaded[f.root] as LoadedReportConfig).config, f.relative, cli),
  );
  const firstConfig = loaded.find((l) => l.file !== null);
  const config: ReportConfig = firstConfig?.config ?? {};
  const fingerprint = inputs.map((i) => resolve(i)).join(" | ");
  const plan = await prepareOutput(out, fingerprint, options.force ?? false);
  try {
    const result = await build(inputs, options, io, kept, settings, loaded, config, plan.temp);
    const parsed = ReportResultSchema.safeParse(result);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new LmbError(
        "E_INTERNAL",
        `results.json does not validate: ${issue?.path.join(".")}: ${issue?.message}`,
        {
          fix: "this is a bug in lmb; please report it with the input files",
        },
      );
    }
    await writeResultsJson(result, plan.temp);
    const figures = new Map<string, string>();
    for (const e of result.experiments) {
      for (const f of e.figures)
        figures.set(f.file, await readFile(join(plan.temp, f.file), "utf8"));
    }
    const html = renderReportHtml(result, { figures, attributions: options.attributions ?? [] });
    figures.clear();
    await writeFile(join(plan.temp, "report.html"), html);
    await commitOutput(plan, { tool: "lmb", version: cliVersion, generatedAt: result.generatedAt });
    progressLine(
      io,
      options.quiet,
      `wrote ${relative(process.cwd(), out) || "."}/report.html (${result.experiments.length} experiments, ${result.skipped.length} skipped)`,
    );
    return withoutSpilledResults(result);
  } catch (error) {
    await abandonOutput(plan);
    throw error;
  }
}

async function build(
  inputs: readonly string[],
  options: RunReportOptions,
  io: CliIo,
  files: readonly DiscoveredFile[],
  settings: ReturnType<typeof resolveFileSettings>[],
  loaded: readonly LoadedReportConfig[],
  config: ReportConfig,
  dir: string,
): Promise<ReportResult> {
  const compare = options.compare === true;
  const prefixOf = (root: number) => (compare ? (root === 0 ? "a-" : "b-") : "");
  const used = new Set<string>();
  const ids = (base: string) => {
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  };
  const analysisOf = (root: number) => (loaded[root] as LoadedReportConfig).config.analysis ?? {};
  const jobs: FileJob[] = files.map((f, i) => ({
    absolute: f.absolute,
    display: f.display,
    id: ids(`${prefixOf(f.root)}${slug(compare ? f.relative : f.display)}`),
    settings: settings[i] as FileJob["settings"],
    analysis: analysisOf(f.root),
    dir,
  }));
  const total = files.length;
  let done = 0;
  const outcomes: FileOutcome[] = await runFileJobs(
    jobs,
    {
      concurrency: options.jobs ?? Math.min(availableParallelism(), 4),
      workerScript: bundledScript(),
    },
    (i, outcome) => {
      done++;
      const f = files[i] as DiscoveredFile;
      const what =
        outcome.type === "experiment"
          ? `→ ${outcome.experiment.kind}`
          : outcome.type === "deferred"
            ? `→ ${outcome.kind} (analysed with its group)`
            : `skipped: ${outcome.skipped.code} ${outcome.skipped.reason}`;
      progressLine(io, options.quiet, `[${done}/${total}] ${f.display} ${what}`);
    },
  );
  const experiments: ReportExperiment[] = [];
  const skipped: ReportSkipped[] = [];
  const deferred: DeferredFile[] = [];
  const inputFiles: ReportInputFile[] = files.map((f, i) => {
    const o = outcomes[i] as FileOutcome;
    return {
      path: f.display,
      bytes: f.bytes,
      format: o.format,
      ...(compare ? { group: f.root === 0 ? ("a" as const) : ("b" as const) } : {}),
    };
  });
  outcomes.forEach((o, i) => {
    const f = files[i] as DiscoveredFile;
    if (o.type === "experiment") experiments.push(o.experiment);
    else if (o.type === "skipped") skipped.push(o.skipped);
    else {
      const job = jobs[i] as FileJob;
      const g = groupOf(job, f.root, o.kind);
      deferred.push({
        job,
        kind: o.kind,
        prefix: prefixOf(f.root),
        groupKey: g.key,
        groupTitle: g.title,
        groupLabel: g.label,
      });
    }
  });
  // Deferred ids are re-issued per group; free the per-file ids they were given.
  for (const d of deferred) used.delete(d.job.id);
  const groups = await analyzeGroups(deferred, ids, (label) =>
    progressLine(io, options.quiet, `${label}`),
  );
  experiments.push(...groups.experiments);
  skipped.push(...groups.skipped);
  if (experiments.length === 0) {
    throw new LmbError(
      "E_NO_EXPERIMENTS",
      `none of the ${total} files could be analysed:\n${skipped.map((s) => `  ${s.path}: ${s.code} ${s.reason}`).join("\n")}`,
      {
        location: { source: inputs.join(", ") },
        fix: "check the reasons above; `lmb read FILE` shows what lmb reads from a file",
      },
    );
  }
  const order = new Map(files.map((f, i) => [f.display, i]));
  experiments.sort(
    (x, y) => (order.get(x.files[0] ?? "") ?? 0) - (order.get(y.files[0] ?? "") ?? 0),
  );
  const groupOfExperiment = (e: ReportExperiment) =>
    compare ? (e.id.startsWith("a-") ? ("a" as const) : ("b" as const)) : undefined;
  for (const e of experiments) {
    const g = groupOfExperiment(e);
    if (g !== undefined) e.group = g;
  }
  const labels = options.labels ?? [
    basename(resolve(inputs[0] as string)),
    basename(resolve(inputs[1] ?? (inputs[0] as string))),
  ];
  const cfg = loaded.find((l) => l.file !== null);
  const optionsRecord: Record<string, string | number | boolean> = {};
  for (const field of CLI_FIELDS)
    if (options[field] !== undefined) optionsRecord[field] = options[field] as string;
  if (compare) optionsRecord.compare = true;
  const result: ReportResult = {
    schemaVersion: 1,
    tool: { name: "lmb", version: cliVersion },
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    title:
      options.title ??
      config.title ??
      (compare
        ? `lmb report: ${labels[0]} vs ${labels[1]}`
        : `lmb report: ${inputs.map((i) => basename(resolve(i))).join(", ")}`),
    inputs: {
      roots: [...inputs],
      files: inputFiles,
      config:
        cfg?.file != null && cfg.sha256 !== null ? { file: cfg.file, sha256: cfg.sha256 } : null,
      options: optionsRecord,
    },
    experiments,
    summary: summaryOf(experiments),
    skipped,
    warnings: [],
  };
  if (compare) {
    result.comparison = comparisonOf([
      {
        label: labels[0],
        roots: [inputs[0] as string],
        experiments: experiments.filter((e) => e.group === "a"),
      },
      {
        label: labels[1],
        roots: [inputs[1] as string],
        experiments: experiments.filter((e) => e.group === "b"),
      },
    ]);
  }
  return result;
}
