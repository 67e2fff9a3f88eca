import { extname } from "node:path";

/**
 * The file `--plot PREFIX` writes: PREFIX.svg for a bare prefix, else the path as given (.svg
 * picture, .json Vega-Lite spec; `writePlot` refuses other extensions).
 *
 * @example plotTarget("sc64"); // "sc64.svg"
 * @example plotTarget("fit.json"); // "fit.json"
 */
export function plotTarget(path: string): string {
  return extname(path) === "" ? `${path}.svg` : path;
}
