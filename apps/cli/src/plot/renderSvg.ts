import { LmbError } from "@lmb/errors";
import type { VegaLiteSpec } from "@lmb/schemas";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Size given to a spec that states none, in CSS pixels. */
export const DEFAULT_PLOT_SIZE = { width: 480, height: 320 } as const;

/**
 * Renders a Vega-Lite spec to a standalone SVG document, in Node without a DOM (Vega's headless
 * `View` with `renderer: "none"`). A spec without `width`/`height` gets
 * {@link DEFAULT_PLOT_SIZE}; a spec Vega-Lite cannot compile is an `LmbError` `E_PLOT`.
 *
 * @param spec - A Vega-Lite v5 spec with its data inlined, as the lmb packages return them.
 * @returns The SVG text, starting with `<svg`.
 * @example
 * const svg = await renderSvg(result.plot);
 * await writeFile("tafel.svg", svg);
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const sized = {
    ...("width" in spec || "hconcat" in spec || "concat" in spec
      ? {}
      : { width: DEFAULT_PLOT_SIZE.width }),
    ...("height" in spec || "vconcat" in spec || "concat" in spec
      ? {}
      : { height: DEFAULT_PLOT_SIZE.height }),
    background: "white",
    // Vega tags every datum with a symbol id; work on a copy so the caller's spec stays plain data.
    ...structuredClone(spec),
  };
  let view: View;
  try {
    // lmb's spec type is looser than vega-lite's TopLevelSpec; compile() validates it.
    const vegaSpec = compile(sized as unknown as TopLevelSpec).spec;
    view = new View(parse(vegaSpec), { renderer: "none" });
  } catch (cause) {
    throw new LmbError("E_PLOT", `the plot spec does not compile: ${(cause as Error).message}`, {
      cause,
      fix: "this is a bug in lmb: please report it with the command and input file",
    });
  }
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
