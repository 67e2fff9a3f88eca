import { LmbError } from "@lmb/errors";
import type { ReportFigure } from "@lmb/schemas";

/**
 * The SVG text of a figure from the map the report engine passes: keyed by the figure's path
 * (`figures/e01-voltage.svg`) or by its file name (`e01-voltage.svg`).
 *
 * @throws LmbError `E_REPORT_FIGURE_MISSING` when neither key is there: the page would otherwise
 * look complete with a picture missing
 * @example
 * findFigure(figures, { file: "figures/e01-voltage.svg", caption: "Voltage" });
 */
export function findFigure(figures: ReadonlyMap<string, string>, figure: ReportFigure): string {
  const name = figure.file.slice(figure.file.lastIndexOf("/") + 1);
  const svg = figures.get(figure.file) ?? figures.get(name);
  if (svg === undefined) {
    throw new LmbError(
      "E_REPORT_FIGURE_MISSING",
      `no SVG for ${figure.file} ("${figure.caption}")`,
      {
        location: { source: figure.file },
        fix: "this is a bug in lmb: the report lists a figure it did not render; please report it",
      },
    );
  }
  return svg;
}
