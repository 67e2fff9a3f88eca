import { LmbError } from "@lmb/errors";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../plot/renderSvg.js";
import { formatHeadline } from "./formatHeadline.js";
import { renderReportHtml } from "./renderReportHtml.js";
import { HOSTILE_NAME, reportFixture } from "./testing.fixture.js";

const spec = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  data: {
    values: [
      { x: 1, y: 2 },
      { x: 2, y: 3 },
      { x: 3, y: 1 },
    ],
  },
  mark: "line",
  encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
} as const;

async function figures(): Promise<Map<string, string>> {
  const svg = await renderSvg(spec as never);
  // a picture with a clip path, as Vega writes for clipped marks
  const clipped =
    '<?xml version="1.0"?><svg width="10" height="10"><defs><clipPath id="clip1"><rect/></clipPath></defs><g clip-path="url(#clip1)"><use href="#clip1"/></g></svg>';
  return new Map([
    ["figures/e01-voltage.svg", clipped],
    ["e01-overpotential.svg", svg],
    ["figures/e02-rate.svg", svg],
  ]);
}

describe("renderReportHtml", () => {
  it("writes one self-contained page: no script, no external resource, every figure inline", async () => {
    const html = renderReportHtml(reportFixture(), { figures: await figures() });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(\s*["']?https?:/i);
    expect(html).not.toMatch(/<[a-z][^<>]*\ssrc=/i);
    expect(html.match(/<figure /g)).toHaveLength(3);
    expect(html.match(/<svg /g)).toHaveLength(3);
  });

  it("escapes every string from files: a hostile file name stays text", async () => {
    const html = renderReportHtml(reportFixture(), { figures: await figures() });
    expect(html).not.toContain(HOSTILE_NAME);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<vs>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;.mpt");
    expect(html).toContain("<title>Report &lt;of&gt; &quot;tests&quot;</title>");
  });

  it("links every summary row to an experiment section that exists", async () => {
    const result = reportFixture();
    const html = renderReportHtml(result, { figures: await figures() });
    const summary = html.slice(html.indexOf('<table class="summary">'));
    for (const h of result.summary) {
      expect(html).toContain(`id="exp-${h.experimentId}"`);
      expect(summary).toContain(`href="#exp-${h.experimentId}"`);
    }
    // the value as shown is formatHeadline of the value in results.json
    expect(summary).toContain(">110.6 mV</td>");
    expect(summary).toContain(">1.008 ± 0.012 mA cm⁻²</td>");
    expect(summary).toContain(">9.999 × 10⁻⁷ ± 2.8 × 10⁻¹⁰ cm² s⁻¹</td>");
    expect(summary).toContain(">hard short</td>");
    expect(formatHeadline(result.summary[0] as never)).toBe("110.6 mV");
  });

  it("gives each inlined figure its own ids, so clip paths never collide", async () => {
    const html = renderReportHtml(reportFixture(), { figures: await figures() });
    const ids = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) =>
      [...m[0].matchAll(/\sid="([^"]+)"/g)].map((i) => i[1]),
    );
    const all = ids.flat();
    expect(all).toEqual(["f1-clip1"]);
    expect(html).toContain('clip-path="url(#f1-clip1)"');
    expect(html).toContain('href="#f1-clip1"');
    expect(html).not.toContain("<?xml");
    for (const [k, list] of ids.entries())
      for (const id of list) expect(id).toMatch(new RegExp(`^f${k + 1}-`));
  });

  it("lists the files not analysed with stage, code and reason", async () => {
    const html = renderReportHtml(reportFixture(), { figures: await figures() });
    const skipped = html.slice(html.indexOf('<section id="skipped">'));
    expect(skipped).toContain("<code>E_FORMAT_UNKNOWN</code>");
    expect(skipped).toContain("not an instrument file: &lt;img");
    const empty = renderReportHtml(
      { ...reportFixture(), skipped: [] },
      { figures: await figures() },
    );
    expect(empty).toContain("Every file found was analysed.");
  });

  it("puts the two groups side by side with --compare, a dash where a group has no value", async () => {
    const html = renderReportHtml(reportFixture(), { figures: await figures() });
    const table = html.slice(html.indexOf('<table class="comparison">'));
    expect(table).toContain('<th scope="col" class="group-a">bare &lt;Li&gt;</th>');
    expect(table).toContain('<td class="value group-b muted" data-value="null">—</td>');
    expect(table).toContain('<a href="#exp-e02-rate">1.008 ± 0.012 mA cm⁻²</a>');
    const single = renderReportHtml(
      { ...reportFixture(), comparison: undefined },
      { figures: await figures() },
    );
    expect(single).not.toContain('id="comparison"');
  });

  it("shows the data attributions in the footer", async () => {
    const html = renderReportHtml(reportFixture(), {
      figures: await figures(),
      attributions: [
        {
          file: "jdb11-4.mpr",
          description: "GCPL <cathode>",
          source: "https://github.com/cheminfo/biologic-converter",
          licence: "MIT",
          copyright: "cheminfo",
        },
      ],
    });
    const footer = html.slice(html.indexOf('<footer class="report">'));
    expect(footer).toContain("lmb 0.0.0-test");
    expect(footer).toContain('<a href="https://github.com/cheminfo/biologic-converter">');
    expect(footer).toContain("GCPL &lt;cathode&gt;");
    expect(footer).toContain("licence MIT, © cheminfo");
  });

  it("refuses to write a page with a figure missing (E_REPORT_FIGURE_MISSING) or a scripted SVG", async () => {
    const partial = await figures();
    partial.delete("figures/e02-rate.svg");
    const missing = (() => {
      try {
        renderReportHtml(reportFixture(), { figures: partial });
      } catch (error) {
        return error;
      }
    })();
    expect(missing).toBeInstanceOf(LmbError);
    expect((missing as LmbError).code).toBe("E_REPORT_FIGURE_MISSING");
    const scripted = await figures();
    scripted.set("figures/e02-rate.svg", "<svg><script>alert(1)</script></svg>");
    expect(() => renderReportHtml(reportFixture(), { figures: scripted })).toThrow(
      /not a plain SVG/,
    );
  });
});
