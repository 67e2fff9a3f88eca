import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReportResult } from "@lmb/schemas";
import { bundledExampleUrl } from "../../bundledExampleUrl.js";
import type { CliIo } from "../../CliIo.js";
import { runReport } from "../../report/runReport.js";
import { DEMO_ATTRIBUTIONS } from "./demoAttributions.js";

/** The folder of bundled demo data (`examples/demo/`, shipped in the package). */
export const DEMO_FOLDER = "demo";

/** Where `lmb demo` writes its report unless `--out` says otherwise (under the current folder). */
export const DEFAULT_DEMO_OUT = "lmb-demo-report";

/** Options of {@link runDemoReport}. */
export interface DemoReportOptions {
  /** Output folder. @default "lmb-demo-report" */
  out?: string;
  /** Where progress lines go (stderr). */
  io: CliIo;
  /** No progress lines. @default false */
  quiet?: boolean;
}

/** What {@link runDemoReport} made. */
export interface DemoReport {
  result: ReportResult;
  /** Absolute path of the report folder and of its report.html. */
  folder: string;
  reportHtml: string;
}

/**
 * Runs the report engine (`runReport`) on the bundled demo data — three real instrument files
 * and simulated Li-metal experiments with known parameters (examples/demo/ATTRIBUTION.md) —
 * with the data attributions in the page's footer. The engine's output rules apply: the folder
 * is written through a temporary sibling, and an existing folder is replaced only when it holds
 * the demo's own earlier report (its marker file names the same input); anything else is
 * refused (`E_OUTPUT_NOT_REPORT`, `E_OUTPUT_OTHER_REPORT`).
 *
 * @param options - output folder, progress stream
 * @returns the ReportResult and where report.html is
 * @example
 * const { reportHtml } = await runDemoReport({ io });
 */
export async function runDemoReport(options: DemoReportOptions): Promise<DemoReport> {
  const folder = resolve(options.out ?? DEFAULT_DEMO_OUT);
  const input = fileURLToPath(bundledExampleUrl(DEMO_FOLDER));
  const result = await runReport(
    [input],
    { out: folder, attributions: DEMO_ATTRIBUTIONS, quiet: options.quiet ?? false },
    options.io,
  );
  return { result, folder, reportHtml: join(folder, "report.html") };
}
