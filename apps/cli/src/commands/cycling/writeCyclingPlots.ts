import type { CyclingPlot } from "@lmb/schemas";
import { writePlot } from "../../plot/writePlot.js";

/**
 * Writes each plot of a cycling result for `--plot PREFIX`: `PREFIX-voltage.svg`,
 * `PREFIX-overpotential.svg`, … (`.json` Vega-Lite specs instead when PREFIX ends in `.json`,
 * e.g. `--plot out.json` → `out-voltage.json`). Returns the paths written.
 *
 * @param plots - the result's named plots
 * @param prefix - `--plot` as given
 * @param inputs - the input files (never overwritten)
 * @example
 * await writeCyclingPlots(result.plots, "cell", [file]); // ["cell-voltage.svg", "cell-overpotential.svg"]
 */
export async function writeCyclingPlots(
  plots: readonly CyclingPlot[],
  prefix: string,
  inputs: readonly string[],
): Promise<string[]> {
  const json = prefix.toLowerCase().endsWith(".json");
  const base = prefix.replace(/\.(svg|json)$/i, "");
  const written: string[] = [];
  for (const plot of plots) {
    const path = `${base}-${plot.name}.${json ? "json" : "svg"}`;
    await writePlot(plot.spec, path, inputs);
    written.push(path);
  }
  return written;
}
