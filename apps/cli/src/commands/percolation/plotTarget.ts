import { extname } from "node:path";
import { LmbError } from "@lmb/errors";

/**
 * The file `--plot PREFIX` writes: PREFIX.svg for a bare prefix, else the path as given (.svg
 * picture, .json Vega-Lite spec). Called before any simulation starts, so a mistyped picture type
 * is refused at once rather than after minutes of Monte Carlo (`writePlot` checks again).
 *
 * @throws LmbError `E_USAGE` for an extension other than .svg or .json.
 * @example plotTarget("sc64"); // "sc64.svg"
 * @example plotTarget("fit.json"); // "fit.json"
 */
export function plotTarget(path: string): string {
  const extension = extname(path);
  if (extension === "") return `${path}.svg`;
  if (![".svg", ".json"].includes(extension.toLowerCase())) {
    throw new LmbError("E_USAGE", `--plot ${path}: unknown picture type "${extension}"`, {
      location: { source: "--plot" },
      fix: "end the --plot file name in .svg (a picture) or .json (the Vega-Lite spec), or give a bare name for NAME.svg",
    });
  }
  return path;
}
