import type { ReportWarning } from "@lmb/schemas";
import { escapeHtml } from "./escapeHtml.js";

/**
 * Warnings as a list (`<ul class="warnings">`), each with its code; empty text when there are
 * none.
 *
 * @example
 * renderWarnings([{ code: "W_NO_AREA", message: "no electrode area" }]);
 */
export function renderWarnings(warnings: readonly ReportWarning[]): string {
  if (warnings.length === 0) return "";
  const items = warnings.map(
    (w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`,
  );
  return `<ul class="warnings">${items.join("")}</ul>`;
}
