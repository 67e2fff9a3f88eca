import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LmbError } from "@lmb/errors";
import { VEGA_LITE_SCHEMA_URL, type VegaLiteSpec } from "@lmb/schemas";
import { describe, expect, it } from "vitest";
import { DEFAULT_PLOT_SIZE, renderSvg } from "./renderSvg.js";
import { writePlot } from "./writePlot.js";

const spec: VegaLiteSpec = {
  $schema: VEGA_LITE_SCHEMA_URL,
  data: {
    values: [
      { x: 1, y: 2 },
      { x: 2, y: 4 },
      { x: 3, y: 9 },
    ],
  },
  mark: "point",
  encoding: {
    x: { field: "x", type: "quantitative", title: "overpotential / mV" },
    y: { field: "y", type: "quantitative" },
  },
};

describe("renderSvg", () => {
  it("renders an SVG with the default size, the axis title and one mark per datum", async () => {
    const svg = await renderSvg(spec);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("overpotential / mV");
    // Vega draws each point as a <path> inside the mark group (role-mark … mark-symbol).
    expect(svg.match(/role-mark[^>]*mark-symbol|mark-symbol[^>]*role-mark/g)?.length).toBe(1);
    const group = svg.slice(svg.indexOf("mark-symbol"));
    expect(group.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(DEFAULT_PLOT_SIZE.width);
  });

  it("keeps a width the spec states", async () => {
    const svg = await renderSvg({ ...spec, width: 200, height: 100 });
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(200);
    expect(width).toBeLessThan(DEFAULT_PLOT_SIZE.width);
  });

  it("reports a spec Vega-Lite cannot compile as E_PLOT", async () => {
    await expect(renderSvg({ $schema: VEGA_LITE_SCHEMA_URL, mark: 42 })).rejects.toMatchObject({
      code: "E_PLOT",
    });
  });
});

describe("writePlot", () => {
  const dir = mkdtempSync(join(tmpdir(), "lmb-plot-"));

  it("writes an SVG picture and a JSON spec by extension", async () => {
    await writePlot(spec, join(dir, "a.svg"));
    expect(readFileSync(join(dir, "a.svg"), "utf8")).toMatch(/^<svg/);
    await writePlot(spec, join(dir, "a.json"));
    expect(Object.getOwnPropertySymbols((spec.data as { values: object[] }).values[0])).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, "a.json"), "utf8"))).toEqual(spec);
  });

  it("never writes over an input file, and refuses unknown extensions", async () => {
    const input = join(dir, "cell.svg");
    writeFileSync(input, "data");
    await expect(writePlot(spec, input, [input])).rejects.toBeInstanceOf(LmbError);
    expect(readFileSync(input, "utf8")).toBe("data");
    await expect(writePlot(spec, join(dir, "b.png"))).rejects.toMatchObject({ code: "E_USAGE" });
  });
});
