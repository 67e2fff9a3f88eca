import { Option } from "@commander-js/extra-typings";

/**
 * The `--plot PATH` option of commands whose result carries a plot spec: `.svg` writes the
 * picture, `.json` the Vega-Lite spec.
 *
 * @param what - What the picture shows, for the help text.
 * @example
 * new Command("tafel").addOption(plotOption("log|j| against η with the fitted Tafel lines"));
 */
export function plotOption(what: string) {
  return new Option(
    "--plot <path>",
    `write ${what} to PATH (.svg picture or .json Vega-Lite spec)`,
  );
}
