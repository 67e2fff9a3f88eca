import { writeFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { LmbError } from "@lmb/errors";
import type { VegaLiteSpec } from "@lmb/schemas";
import { renderSvg } from "./renderSvg.js";

/**
 * Writes a plot for `--plot PATH`: an SVG picture for `.svg`, the Vega-Lite spec itself for
 * `.json` (to restyle or open in the Vega editor). Refuses to write over any of `inputs` and any
 * other extension, so a typo never destroys a data file.
 *
 * @param spec - The result's Vega-Lite spec.
 * @param path - Where to write, `.svg` or `.json`.
 * @param inputs - The command's input files (never overwritten).
 * @example
 * await writePlot(result.plot, "nyquist.svg", [file]);
 */
export async function writePlot(
  spec: VegaLiteSpec,
  path: string,
  inputs: readonly string[] = [],
): Promise<void> {
  const target = resolve(path);
  if (inputs.some((input) => input !== "-" && resolve(input) === target)) {
    throw new LmbError(
      "E_USAGE",
      `--plot ${path} is an input file; lmb never writes to its inputs`,
      {
        location: { source: "--plot" },
        fix: "give --plot a new file name ending in .svg (picture) or .json (Vega-Lite spec)",
      },
    );
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".svg") await writeFile(path, await renderSvg(spec));
  else if (extension === ".json") await writeFile(path, `${JSON.stringify(spec, null, 2)}\n`);
  else {
    throw new LmbError(
      "E_USAGE",
      `--plot ${path}: unknown picture type "${extension || "(none)"}"`,
      {
        location: { source: "--plot" },
        fix: "end the --plot file name in .svg (a picture) or .json (the Vega-Lite spec)",
      },
    );
  }
}
