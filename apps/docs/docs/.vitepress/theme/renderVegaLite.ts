import type { VegaLiteSpec } from "@lmb/schemas";
import type { TopLevelSpec } from "vega-lite";

/** The part of a Vega `View` the docs keep: something to release. */
export interface VegaLiteView {
  finalize(): void;
}

/**
 * Renders a Vega-Lite spec from an `@lmb/*` result into `container` as SVG, the way the CLI's
 * `--plot` does (`compile` from vega-lite, then a Vega `View`), but live in the page. Vega and
 * Vega-Lite are imported on first use so that they load only on pages with a plot.
 *
 * @param spec - the spec as the package returned it (data inlined); it is copied, not changed
 * @param container - the element the SVG goes into (its content is replaced)
 * @returns the view, to `finalize()` before the next render
 * @throws the Vega-Lite compile error for a spec it cannot compile
 */
export async function renderVegaLite(
  spec: VegaLiteSpec,
  container: HTMLElement,
): Promise<VegaLiteView> {
  const [{ parse, View }, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  // Vega tags every datum with a symbol id: give it a plain copy (never a Vue proxy).
  const copy = JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;
  // lmb's spec type is looser than vega-lite's TopLevelSpec; compile() validates it.
  const compiled = compile({ background: "white", ...copy } as unknown as TopLevelSpec, {
    // Legends below the plot, so that a 480 px plot fits the page's content column.
    config: { legend: { orient: "bottom" } },
  }).spec;
  const view = new View(parse(compiled), { renderer: "svg", container, hover: true });
  await view.runAsync();
  return view;
}
