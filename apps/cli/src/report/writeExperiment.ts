import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReportExperiment } from "@lmb/schemas";
import { renderSvg } from "../plot/renderSvg.js";
import type { ExperimentDraft } from "./experimentDraft.js";
import { spillResult } from "./spilledResults.js";
import { toCsvText } from "./toCsvText.js";

/**
 * Writes an experiment's figures (`figures/<id>-<name>.svg`, rendered from the Vega-Lite specs)
 * and tables (`tables/<id>-<name>.csv`) into the report folder and returns the experiment as it
 * goes into results.json, its full package result spilled to `.results/<id>.json` (see
 * {@link spillResult}). A figure that does not render is left out with a `W_FIGURE` warning.
 *
 * @param draft - the analysed experiment
 * @param id - its id in the report
 * @param dir - the report folder being written (with `figures/` and `tables/`)
 * @example
 * const experiment = await writeExperiment(draft, "li-li-run1", tmp);
 */
export async function writeExperiment(
  draft: ExperimentDraft,
  id: string,
  dir: string,
): Promise<ReportExperiment> {
  const warnings = [...draft.warnings];
  const figures: ReportExperiment["figures"] = [];
  const used = new Set<string>();
  const unique = (name: string) => {
    let n = name.replace(/[^A-Za-z0-9._-]+/g, "-");
    for (let k = 2; used.has(n); k++) n = `${name}-${k}`;
    used.add(n);
    return n;
  };
  for (const f of draft.figures) {
    const file = `figures/${id}-${unique(f.name)}.svg`;
    try {
      await writeFile(join(dir, file), await renderSvg(f.spec));
      figures.push({ file, caption: f.caption });
    } catch (error) {
      warnings.push({
        code: "W_FIGURE",
        message: `figure "${f.caption}" was not drawn: ${(error as Error).message}`,
      });
    }
  }
  const tables: ReportExperiment["tables"] = [];
  used.clear();
  for (const t of draft.tables) {
    const file = `tables/${id}-${unique(t.name)}.csv`;
    await writeFile(join(dir, file), toCsvText(t.columns, t.rows));
    tables.push({ file, caption: t.caption, columns: t.columns, rows: t.rows.length });
  }
  return {
    id,
    title: draft.title,
    kind: draft.kind,
    files: draft.files,
    classification: draft.classification,
    method: draft.method,
    headline: draft.headline.map((h) => ({ ...h, experimentId: id })),
    warnings,
    figures,
    tables,
    ...(draft.result === undefined ? {} : { result: await spillResult(draft.result, id, dir) }),
  };
}
