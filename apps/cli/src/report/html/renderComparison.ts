import type { ReportComparison, ReportHeadline } from "@lmb/schemas";
import { experimentAnchor } from "./anchors.js";
import { escapeHtml } from "./escapeHtml.js";
import { formatHeadline } from "./formatHeadline.js";

function cell(headline: ReportHeadline | null, group: "a" | "b"): string {
  if (headline === null) return `<td class="value group-${group} muted" data-value="null">—</td>`;
  return `<td class="value group-${group}" data-value="${escapeHtml(
    JSON.stringify(headline.value),
  )}"><a href="#${experimentAnchor(headline.experimentId)}">${escapeHtml(formatHeadline(headline))}</a></td>`;
}

/**
 * The side-by-side table of `lmb report A B --compare`: one row per headline key, group A's and
 * group B's value (each linked to the experiment it comes from; "—" where a group has none),
 * headed by the groups' labels and folders — as papers put bare and coated Li side by side.
 *
 * @example
 * renderComparison(result.comparison);
 */
export function renderComparison(comparison: ReportComparison): string {
  const [a, b] = comparison.groups;
  const head = `<tr><th scope="col">Quantity</th><th scope="col" class="group-a">${escapeHtml(
    a.label,
  )}</th><th scope="col" class="group-b">${escapeHtml(b.label)}</th></tr>`;
  const rows = comparison.rows.map(
    (r) =>
      `<tr data-key="${escapeHtml(r.key)}"><th scope="row">${escapeHtml(r.label)}</th>${cell(r.a, "a")}${cell(r.b, "b")}</tr>`,
  );
  const folders = `<p class="muted"><span class="group-a">${escapeHtml(a.label)}</span>: ${escapeHtml(
    a.roots.join(", "),
  )} · <span class="group-b">${escapeHtml(b.label)}</span>: ${escapeHtml(b.roots.join(", "))}</p>`;
  return `<section id="comparison"><h2>Comparison</h2>${folders}<table class="comparison"><caption>Headline numbers side by side</caption><thead>${head}</thead><tbody>${rows.join(
    "",
  )}</tbody></table></section>`;
}
