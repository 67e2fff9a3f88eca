import type { ReportHeadline } from "@lmb/schemas";
import { experimentAnchor } from "./anchors.js";
import { escapeHtml } from "./escapeHtml.js";
import { formatHeadline } from "./formatHeadline.js";

/** Options of {@link renderHeadlineTable}. */
export interface HeadlineTableOptions {
  /** CSS class of the table (the summary is `summary`). */
  className: string;
  /** Caption text. */
  caption: string;
  /** Experiment titles by id: adds a column linking each row to its section. */
  experimentTitles?: ReadonlyMap<string, string>;
}

/**
 * A table of headline numbers: quantity, value (`formatHeadline`, with the raw value in
 * `data-value` for machines), note and — in the summary — a link to the experiment's section.
 * Every row carries `data-key` and `data-experiment`.
 *
 * @example
 * renderHeadlineTable(result.summary, { className: "summary", caption: "Headline numbers", experimentTitles });
 */
export function renderHeadlineTable(
  headlines: readonly ReportHeadline[],
  options: HeadlineTableOptions,
): string {
  const titles = options.experimentTitles;
  const head = `<tr><th scope="col">Quantity</th><th scope="col">Value</th>${
    titles ? '<th scope="col">Experiment</th>' : ""
  }<th scope="col">Note</th></tr>`;
  const rows = headlines.map((h) => {
    const link = titles
      ? `<td><a href="#${experimentAnchor(h.experimentId)}">${escapeHtml(
          titles.get(h.experimentId) ?? h.experimentId,
        )}</a></td>`
      : "";
    return `<tr data-key="${escapeHtml(h.key)}" data-experiment="${escapeHtml(h.experimentId)}"><th scope="row">${escapeHtml(
      h.label,
    )}</th><td class="value" data-value="${escapeHtml(JSON.stringify(h.value))}">${escapeHtml(
      formatHeadline(h),
    )}</td>${link}<td class="muted">${escapeHtml(h.note ?? "")}</td></tr>`;
  });
  return `<table class="${options.className}"><caption>${escapeHtml(options.caption)}</caption><thead>${head}</thead><tbody>${rows.join("")}</tbody></table>`;
}
