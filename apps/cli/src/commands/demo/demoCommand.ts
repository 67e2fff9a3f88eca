import { Command } from "@commander-js/extra-typings";
import { ReportResultSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { printResultsJson } from "../../output/printResultsJson.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";
import { formatDemoSummary } from "./formatDemoSummary.js";
import { DEFAULT_DEMO_OUT, runDemoReport } from "./runDemoReport.js";

const EXAMPLES = `
Examples:
  $ lmb demo                        # writes lmb-demo-report/ here, prints the headline numbers
  $ lmb demo --out /tmp/lmb-demo    # somewhere else
  $ lmb demo --json > results.json  # the ReportResult (also in the folder's results.json)

The data: three real instrument files (licences and sources in the page's footer) and simulated
Li-metal experiments with known parameters — bare vs coated Li‖Li, a rate test, a CCD ladder,
Li‖Cu CE, a nucleation transient, Li‖Li impedance at 5 temperatures, σ against T. The demo
replaces its own earlier report; it refuses a folder that holds anything else.`;

/**
 * `lmb demo [--out DIR] [--json]`: runs `lmb report` on the example data shipped with lmb
 * (`examples/demo/`), printing progress on stderr, then the headline numbers and the path of
 * report.html (or, with `--json`, the `ReportResult`).
 *
 * @example
 * // lmb demo
 * // lmb report: [1/15] Pt_poly_cv_CUT.mpt → voltammogram (analysed with its group)
 * // …
 * // lmb demo: a Li-metal study …
 * // headline numbers
 * //   Overpotential, cycle 10  115.1 mV  Bare Li‖Li, 1 mA cm⁻², 1 mAh cm⁻²
 * // report: /home/me/lmb-demo-report/report.html
 */
export function demoCommand(io: CliIo) {
  return new Command("demo")
    .description("run lmb report on bundled example data and show where report.html is")
    .option(
      "--out <folder>",
      `report folder; only the demo's own earlier report is replaced (default: ${DEFAULT_DEMO_OUT})`,
    )
    .addOption(jsonOption("ReportResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (options) => {
      if (!options.json) {
        io.stderr.write("lmb demo: running lmb report on the bundled example data\n");
      }
      const { result, reportHtml, folder } = await runDemoReport({
        ...(options.out === undefined ? {} : { out: options.out }),
        io,
        quiet: options.json === true,
      });
      if (options.json) {
        await printResultsJson(io, folder);
        return;
      }
      writeResult(io, false, ReportResultSchema, result, () =>
        formatDemoSummary(result, reportHtml),
      );
    });
}
