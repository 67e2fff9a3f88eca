import type { ReportSkipped } from "@lmb/schemas";
import { escapeHtml } from "./escapeHtml.js";

/**
 * The "Files not analysed" section: every file the report left out, the stage where it stopped
 * (read, classify, analyse), the error code and the reason (which names the fix). Always
 * present, saying so when every file was analysed, so a reader never wonders.
 *
 * @example
 * renderSkipped([{ path: "notes.txt", stage: "read", code: "E_FORMAT_UNKNOWN", reason: "not an instrument file" }]);
 */
export function renderSkipped(skipped: readonly ReportSkipped[]): string {
  const body =
    skipped.length === 0
      ? '<p class="muted">Every file found was analysed.</p>'
      : `<table class="skipped"><thead><tr><th scope="col">File</th><th scope="col">Stage</th><th scope="col">Code</th><th scope="col">Reason</th></tr></thead><tbody>${skipped
          .map(
            (s) =>
              `<tr><td class="mono">${escapeHtml(s.path)}</td><td>${escapeHtml(s.stage)}</td><td><code>${escapeHtml(
                s.code,
              )}</code></td><td>${escapeHtml(s.reason)}</td></tr>`,
          )
          .join("")}</tbody></table>`;
  return `<section id="skipped"><h2>Files not analysed</h2>${body}</section>`;
}
