/**
 * The element id of an experiment's section in report.html; the summary table links to it as
 * `#exp-<id>`. Experiment ids are kebab-case (ReportResultSchema), so the id is safe as is.
 *
 * @example
 * experimentAnchor("e01-li-li"); // "exp-e01-li-li"
 */
export function experimentAnchor(experimentId: string): string {
  return `exp-${experimentId}`;
}
