/**
 * report.html: the self-contained page of `lmb report` and `lmb demo`.
 *
 * @packageDocumentation
 */
export { experimentAnchor } from "./anchors.js";
export type { DataAttribution } from "./dataAttribution.js";
export { escapeHtml } from "./escapeHtml.js";
export { formatHeadline } from "./formatHeadline.js";
export { formatReportNumber } from "./formatReportNumber.js";
export { type RenderReportHtmlOptions, renderReportHtml } from "./renderReportHtml.js";
