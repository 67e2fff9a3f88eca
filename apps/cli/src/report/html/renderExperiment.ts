import type { ReportExperiment } from "@lmb/schemas";
import { experimentAnchor } from "./anchors.js";
import { escapeHtml } from "./escapeHtml.js";
import { findFigure } from "./findFigure.js";
import { inlineSvg } from "./inlineSvg.js";
import { renderHeadlineTable } from "./renderHeadlineTable.js";
import { renderWarnings } from "./renderWarnings.js";

/** A group label for the comparison layout ("a" → its label). */
export type GroupLabels = ReadonlyMap<"a" | "b", string>;

function methodList(experiment: ReportExperiment, groups: GroupLabels | undefined): string {
  const m = experiment.method;
  const rows: [string, string][] = [["files", experiment.files.join(", ")]];
  if (experiment.group !== undefined && groups) {
    rows.push(["group", groups.get(experiment.group) ?? experiment.group]);
  }
  rows.push(["method", m.name]);
  if (m.description !== undefined) rows.push(["what", m.description]);
  if (m.window !== undefined) rows.push(["window", m.window]);
  for (const [key, value] of Object.entries(m.parameters)) rows.push([key, String(value)]);
  rows.push([
    "recognised",
    `${experiment.classification.source === "config" ? "set in the config" : "from the data"}${
      experiment.classification.reasons.length > 0
        ? `: ${experiment.classification.reasons.join("; ")}`
        : ""
    }`,
  ]);
  return `<dl class="method">${rows
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join("")}</dl>`;
}

function tableLinks(experiment: ReportExperiment): string {
  if (experiment.tables.length === 0) return "";
  const items = experiment.tables.map(
    (t) =>
      `<li><a href="${escapeHtml(t.file)}">${escapeHtml(t.file)}</a> — ${escapeHtml(t.caption)} <span class="muted">(${t.rows} rows; ${escapeHtml(
        t.columns.join(", "),
      )})</span></li>`,
  );
  return `<h4>Tables</h4><ul class="tables">${items.join("")}</ul>`;
}

/**
 * One experiment's section of report.html (`<section id="exp-<id>">`): title and kind, the
 * files, method, window and settings, how it was recognised, its headline numbers, warnings,
 * figures (inline SVG, ids prefixed per figure) and links to its CSV tables.
 *
 * @param experiment - from `ReportResult.experiments`
 * @param figures - SVG text by figure path or file name
 * @param figureIndex - running count of figures rendered so far (makes ids unique)
 * @param groups - comparison group labels, when comparing
 * @example
 * renderExperiment(result.experiments[0], figures, 0);
 */
export function renderExperiment(
  experiment: ReportExperiment,
  figures: ReadonlyMap<string, string>,
  figureIndex: number,
  groups?: GroupLabels,
): string {
  const groupClass = experiment.group === undefined ? "" : ` group-${experiment.group}`;
  const headline =
    experiment.headline.length === 0
      ? '<p class="muted">No headline numbers from this experiment.</p>'
      : renderHeadlineTable(experiment.headline, {
          className: "headline",
          caption: "Headline numbers",
        });
  const pictures = experiment.figures.map((f, k) => {
    const svg = inlineSvg(
      findFigure(figures, f),
      `f${figureIndex + k + 1}-`,
      escapeHtml(f.caption),
    );
    return `<figure data-file="${escapeHtml(f.file)}"><div class="plot">${svg}</div><figcaption>${escapeHtml(
      f.caption,
    )} <span class="muted">(<a href="${escapeHtml(f.file)}">${escapeHtml(f.file)}</a>)</span></figcaption></figure>`;
  });
  return `<section class="experiment${groupClass}" id="${experimentAnchor(experiment.id)}" data-kind="${escapeHtml(
    experiment.kind,
  )}"><h2>${escapeHtml(experiment.title)}<span class="kind">${escapeHtml(experiment.kind)}</span></h2>${methodList(
    experiment,
    groups,
  )}${headline}${renderWarnings(experiment.warnings)}${pictures.join("")}${tableLinks(experiment)}</section>`;
}
