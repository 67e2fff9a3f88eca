import type { ReportResult } from "@lmb/schemas";
import type { DataAttribution } from "./dataAttribution.js";
import { escapeHtml } from "./escapeHtml.js";

function attributionItem(a: DataAttribution): string {
  const source = /^https?:\/\//.test(a.source)
    ? `<a href="${escapeHtml(a.source)}">${escapeHtml(a.source)}</a>`
    : escapeHtml(a.source);
  const copyright = a.copyright === undefined ? "" : `, © ${escapeHtml(a.copyright)}`;
  return `<li><span class="mono">${escapeHtml(a.file)}</span> — ${escapeHtml(
    a.description,
  )}. Source: ${source}; licence ${escapeHtml(a.licence)}${copyright}.</li>`;
}

/**
 * The footer: the tool and version that wrote the page, when, the results.json it mirrors, and
 * — when given — the source, licence and copyright of every bundled data file.
 *
 * @example
 * renderFooter(result, attributions);
 */
export function renderFooter(
  result: ReportResult,
  attributions: readonly DataAttribution[],
): string {
  const data =
    attributions.length === 0
      ? ""
      : `<h2>Data</h2><ul class="attributions">${attributions.map(attributionItem).join("")}</ul>`;
  return `<footer class="report"><p>Written by ${escapeHtml(result.tool.name)} ${escapeHtml(
    result.tool.version,
  )} on ${escapeHtml(result.generatedAt)}. Every number on this page is in <a href="results.json">results.json</a> (schema ReportResult of @lmb/schemas).</p>${data}</footer>`;
}
