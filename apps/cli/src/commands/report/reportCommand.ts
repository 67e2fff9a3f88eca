import { Command, Option } from "@commander-js/extra-typings";
import { ReportResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { formatTable } from "../../output/formatTable.js";
import { printResultsJson } from "../../output/printResultsJson.js";
import { writeResult } from "../../output/writeResult.js";
import { formatReportNumber } from "../../report/html/formatReportNumber.js";
import { writeInitialConfig } from "../../report/initConfig.js";
import { serveFileJobs } from "../../report/runFileJobs.js";
import { runReport } from "../../report/runReport.js";
import { jsonOption } from "../jsonOption.js";

const EXAMPLES = `
Examples:
  $ lmb report data/                         # report/ with report.html, results.json, figures/, tables/
  $ lmb report data/ --out data-report --area "1.13 cm2"
  $ lmb report --init data/                  # write data/lmb.json from what is found; edit it
  $ lmb report data/ --config data/lmb.json  # (data/lmb.json is also read without --config)
  $ lmb report bare/ coated/ --compare --labels "bare Li,coated Li"

Every file lmb reads (any format of "lmb read --formats") is recognised as Li‖Li cycling (rate
test, CCD), Li‖Cu, full cell, nucleation transient, voltammogram, impedance spectrum or
conductivity table; voltammograms of one folder at several scan rates give D (Randles–Sevcik),
impedance spectra at several temperatures give E_a, over time a resistance series. Files that
cannot be read or analysed are listed in the report with the reason. The report is written to
a temporary folder and moved into place at the end; an --out folder that holds anything but
the report of the same inputs is refused unless --force.`;

/**
 * `lmb report DIR|FILES… [--out report/] [--config lmb.json] [--compare] [--init DIR]`: a folder
 * of instrument files to `report.html`, `results.json` (schema `ReportResult`), `figures/*.svg`
 * and `tables/*.csv` (`runReport`).
 *
 * @example
 * // lmb report data/ --area "1.13 cm2"
 */
export function reportCommand(io: CliIo) {
  return new Command("report")
    .description("analyse a folder of instrument files: report.html, results.json, figures, tables")
    .argument("[inputs...]", "folders or files (two folders with --compare)")
    .option("--out <dir>", "output folder", "report")
    .option("--config <file>", "config file (default: lmb.json in the input folder, if any)")
    .option("--area <quantity>", 'electrode area of every file, e.g. "1.13 cm2"')
    .option("--mass <quantity>", 'active mass of every file, e.g. "12 mg"')
    .option("--temperature <quantity>", 'temperature of every file, e.g. "25 degC"')
    .option("--compare", "two folders side by side (e.g. bare and coated Li)")
    .option("--labels <a,b>", "names of the two groups with --compare (default: folder names)")
    .option("--title <text>", "title of the report")
    .option("--jobs <n>", "files analysed at once (default: cores, at most 4)", (v) => Number(v))
    .option(
      "--force",
      "replace an --out folder that holds something else (or an lmb.json with --init)",
    )
    .addOption(
      new Option(
        "--init <dir>",
        "write DIR/lmb.json, a starting config, from what DIR holds",
      ).conflicts(["compare"]),
    )
    .option("--quiet", "no progress lines on stderr")
    .addOption(
      new Option("--worker", "serve per-file jobs over IPC (started by lmb report)").hideHelp(),
    )
    .addOption(jsonOption("ReportResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (inputs, options, command) => {
      if (options.worker) {
        await serveFileJobs();
        return;
      }
      if (options.init !== undefined) {
        if (inputs.length > 0) {
          command.error("error: --init DIR takes the folder itself; give no other inputs", {
            exitCode: 2,
            code: "lmb.usage",
          });
        }
        await writeInitialConfig(options.init, io, options.force ?? false);
        return;
      }
      if (inputs.length === 0) {
        command.error("error: give a folder of instrument files (or --init DIR)", {
          exitCode: 2,
          code: "lmb.missingInput",
        });
      }
      if (options.compare && inputs.length !== 2) {
        command.error(`error: --compare needs exactly two folders, got ${inputs.length}`, {
          exitCode: 2,
          code: "lmb.usage",
        });
      }
      if (options.jobs !== undefined && !(Number.isInteger(options.jobs) && options.jobs >= 1)) {
        command.error("error: --jobs takes a whole number ≥ 1", { exitCode: 2, code: "lmb.usage" });
      }
      const labels = options.labels?.split(",").map((s) => s.trim());
      if (labels !== undefined && (labels.length !== 2 || labels.some((l) => l === ""))) {
        command.error('error: --labels takes two names, e.g. "bare Li,coated Li"', {
          exitCode: 2,
          code: "lmb.usage",
        });
      }
      const result = await runReport(
        inputs,
        {
          out: options.out,
          ...(options.config === undefined ? {} : { config: options.config }),
          ...(options.area === undefined ? {} : { area: options.area }),
          ...(options.mass === undefined ? {} : { mass: options.mass }),
          ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
          ...(options.compare ? { compare: true } : {}),
          ...(labels === undefined ? {} : { labels: labels as [string, string] }),
          ...(options.title === undefined ? {} : { title: options.title }),
          ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
          ...(options.force ? { force: true } : {}),
          ...(options.quiet || options.json ? { quiet: true } : {}),
        },
        io,
      );
      if (options.json) {
        await printResultsJson(io, options.out);
        return;
      }
      writeResult(io, false, ReportResultSchema, result, () => {
        const rows = result.summary.map((h) => [
          h.experimentId,
          h.label,
          typeof h.value === "number" ? formatReportNumber(h.value) : h.value,
          h.unit,
        ]);
        const skipped = result.skipped.map((s) => `  ${s.path}: ${s.code} ${s.reason}\n`).join("");
        return (
          `${options.out}/report.html: ${result.experiments.length} experiments, ${result.skipped.length} skipped\n` +
          (rows.length > 0
            ? formatTable([["experiment", "quantity", "value", "unit"], ...rows])
            : "") +
          (skipped === "" ? "" : `skipped:\n${skipped}`)
        );
      });
    });
}
