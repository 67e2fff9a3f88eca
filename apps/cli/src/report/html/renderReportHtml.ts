import type { ReportResult } from "@lmb/schemas";
import { experimentAnchor } from "./anchors.js";
import type { DataAttribution } from "./dataAttribution.js";
import { escapeHtml } from "./escapeHtml.js";
import { renderComparison } from "./renderComparison.js";
import { type GroupLabels, renderExperiment } from "./renderExperiment.js";
import { renderFooter } from "./renderFooter.js";
import { renderHeadlineTable } from "./renderHeadlineTable.js";
import { renderSkipped } from "./renderSkipped.js";
import { renderWarnings } from "./renderWarnings.js";
import { REPORT_STYLES } from "./reportStyles.js";

/** Options of {@link renderReportHtml}. */
export interface RenderReportHtmlOptions {
  /** SVG text of every figure the result lists, by path (`figures/x.svg`) or file name (`x.svg`). */
  figures: ReadonlyMap<string, string>;
  /** Source and licence of bundled data files, shown in the footer. @default [] */
  attributions?: readonly DataAttribution[];
}

function contents(result: ReportResult): string {
  const items = [
    '<li><a href="#summary">Summary</a></li>',
    ...(result.comparison ? ['<li><a href="#comparison">Comparison</a></li>'] : []),
    ...result.experiments.map(
      (e) => `<li><a href="#${experimentAnchor(e.id)}">${escapeHtml(e.title)}</a></li>`,
    ),
    '<li><a href="#skipped">Files not analysed</a></li>',
  ];
  return `<nav class="toc" aria-label="Contents"><strong>Contents</strong><ol>${items.join("")}</ol></nav>`;
}

/**
 * report.html of `lmb report`: one self-contained page — inline CSS and SVG, no script, no font,
 * nothing fetched — that opens from disk without a network. From the top: title and inputs, a
 * contents list, the summary table of headline numbers (each linked to its experiment's
 * section), the side-by-side comparison (with `--compare`), one section per experiment (kind,
 * files, method and window, headline numbers with units and uncertainties, warnings, figures,
 * links to `tables/*.csv`), the files not analysed with the reason, report-wide warnings, and a
 * footer with the tool version and data attributions. Every string from files, file names or
 * the config is HTML-escaped.
 *
 * @param result - the `ReportResult` also written to results.json
 * @param options - the figures' SVG text; data attributions for the footer
 * @returns the HTML document
 * @throws LmbError `E_REPORT_FIGURE_MISSING` when a listed figure has no SVG, `E_REPORT_FIGURE`
 * when one is not plain SVG — never a page with a hole that looks complete
 * @example
 * const html = renderReportHtml(result, { figures: new Map([["figures/e01-voltage.svg", svg]]) });
 * await writeFile(join(out, "report.html"), html);
 */
export function renderReportHtml(result: ReportResult, options: RenderReportHtmlOptions): string {
  const titles = new Map(result.experiments.map((e) => [e.id, e.title]));
  const groups: GroupLabels | undefined = result.comparison
    ? new Map(result.comparison.groups.map((g) => [g.id, g.label]))
    : undefined;
  let figureIndex = 0;
  const sections = result.experiments.map((e) => {
    const html = renderExperiment(e, options.figures, figureIndex, groups);
    figureIndex += e.figures.length;
    return html;
  });
  const summary =
    result.summary.length === 0
      ? '<p class="muted">No headline numbers: no experiment was analysed.</p>'
      : renderHeadlineTable(result.summary, {
          className: "summary",
          caption: "Headline numbers; each links to the experiment it comes from",
          experimentTitles: titles,
        });
  const inputs = `${result.inputs.roots.map(escapeHtml).join(", ")} · ${result.inputs.files.length} files · ${result.experiments.length} experiments${
    result.inputs.config ? ` · config ${escapeHtml(result.inputs.config.file)}` : ""
  }`;
  const reportWarnings =
    result.warnings.length === 0
      ? ""
      : `<section id="report-warnings"><h2>Warnings</h2>${renderWarnings(result.warnings)}</section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${result.tool.name} ${result.tool.version}`)}">
<title>${escapeHtml(result.title)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<header class="report"><h1>${escapeHtml(result.title)}</h1><p class="meta">${inputs}</p>${contents(result)}</header>
<main>
<section id="summary"><h2>Summary</h2>${summary}</section>
${result.comparison ? renderComparison(result.comparison) : ""}
${sections.join("\n")}
${renderSkipped(result.skipped)}
${reportWarnings}
</main>
${renderFooter(result, options.attributions ?? [])}
</body>
</html>
`;
}
