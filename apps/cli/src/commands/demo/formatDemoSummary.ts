import type { ReportResult } from "@lmb/schemas";
import { formatTable } from "../../output/formatTable.js";
import { formatHeadline } from "../../report/html/formatHeadline.js";

/**
 * What `lmb demo` prints at the end: the report's title, how many experiments it found in how
 * many files (and how many it left out), the headline numbers with the experiment each comes
 * from — formatted as report.html shows them — and where the report is.
 *
 * @param result - the ReportResult of the demo
 * @param reportHtml - absolute path of report.html
 * @example
 * io.stdout.write(formatDemoSummary(result, "/home/me/lmb-demo-report/report.html"));
 */
export function formatDemoSummary(result: ReportResult, reportHtml: string): string {
  const titles = new Map(result.experiments.map((e) => [e.id, e.title]));
  const rows = result.summary.map((h) => [
    h.label,
    formatHeadline(h),
    titles.get(h.experimentId) ?? h.experimentId,
  ]);
  const skipped =
    result.skipped.length === 0 ? "" : `, ${result.skipped.length} not analysed (see the report)`;
  return [
    `lmb demo: ${result.title}`,
    `${result.experiments.length} experiments from ${result.inputs.files.length} files${skipped}`,
    "",
    "headline numbers",
    formatTable(rows, "  ").trimEnd(),
    "",
    `report: ${reportHtml}`,
    "",
  ].join("\n");
}
