import { z } from "zod";

/** The Vega-Lite schema URL every lmb plot spec declares. */
export const VEGA_LITE_SCHEMA_URL = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * A picture as data: a Vega-Lite v5 specification (plain JSON, data inlined under
 * `data.values` or in `datasets`). Packages return one beside their numbers; the CLI renders it to
 * SVG (`--plot out.svg`) and the docs render it interactively. Only the `$schema` is checked
 * here; Vega-Lite validates the rest when it compiles the spec.
 *
 * @example
 * const spec: VegaLiteSpec = {
 *   $schema: VEGA_LITE_SCHEMA_URL,
 *   data: { values: [{ x: 1, y: 2 }] },
 *   mark: "point",
 *   encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
 * };
 */
export const VegaLiteSpecSchema = z
  .looseObject({
    $schema: z.string().startsWith("https://vega.github.io/schema/vega-lite/"),
  })
  .meta({
    title: "VegaLiteSpec",
    description: "A Vega-Lite v5 plot specification with its data inlined.",
  });

/** A Vega-Lite specification ({@link VegaLiteSpecSchema}). */
export type VegaLiteSpec = z.infer<typeof VegaLiteSpecSchema>;
