import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type ReportResult, ReportResultSchema } from "@lmb/schemas";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ATTRIBUTIONS } from "../src/commands/demo/demoAttributions.js";
import { runDemoReport } from "../src/commands/demo/runDemoReport.js";
import { formatHeadline } from "../src/report/html/formatHeadline.js";
import { hasChromium, type OfflineSession, openOffline, requireChromiumOrSkip } from "./browser.js";

// report.html of `lmb demo`, built from source into a temporary folder and opened in Chromium
// from disk (file://) with every network request blocked: every section and figure renders,
// and every number of the summary table is the one in results.json, formatted as the page
// formats it (formatHeadline).

requireChromiumOrSkip();

const silent = { stdout: { write: () => true }, stderr: { write: () => true } };

describe.skipIf(!hasChromium)("report.html of lmb demo in Chromium", () => {
  let folder: string;
  let result: ReportResult;
  let session: OfflineSession;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "lmb-demo-browser-"));
    const out = join(folder, "lmb-demo-report");
    await runDemoReport({ out, io: silent });
    result = ReportResultSchema.parse(
      JSON.parse(await readFile(join(out, "results.json"), "utf8")),
    );
    session = await openOffline();
    page = session.page;
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(pathToFileURL(join(out, "report.html")).href);
  });

  afterAll(async () => {
    await session?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("opens from disk with no network request and no error", () => {
    expect(session.blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("renders every experiment's section with its title, at a non-zero size", async () => {
    expect(result.experiments.length).toBeGreaterThanOrEqual(8);
    for (const e of result.experiments) {
      const section = page.locator(`section#exp-${e.id}`);
      expect(await section.count(), e.id).toBe(1);
      const box = await section.boundingBox();
      expect(box?.height ?? 0, e.id).toBeGreaterThan(0);
      expect(await section.locator("h2").textContent(), e.id).toContain(e.title);
    }
    for (const id of ["summary", "skipped"]) {
      expect((await page.locator(`section#${id}`).boundingBox())?.height ?? 0).toBeGreaterThan(0);
    }
  });

  it("renders every figure as an SVG picture with marks, at a non-zero size", async () => {
    const listed = result.experiments.flatMap((e) => e.figures.map((f) => f.file));
    expect(listed.length).toBeGreaterThanOrEqual(8);
    const figures = page.locator("figure");
    expect(await figures.count()).toBe(listed.length);
    for (const [k, file] of listed.entries()) {
      const figure = figures.nth(k);
      expect(await figure.getAttribute("data-file")).toBe(file);
      const svg = figure.locator("svg").first();
      const box = await svg.boundingBox();
      expect(box?.width ?? 0, file).toBeGreaterThan(50);
      expect(box?.height ?? 0, file).toBeGreaterThan(50);
      // something was drawn: paths, lines or symbols, not an empty frame
      expect(await svg.locator("path, line, circle, rect").count(), file).toBeGreaterThan(3);
    }
  });

  it("shows every summary number as results.json has it, linked to its section", async () => {
    const rows = await page.$$eval("table.summary tbody tr", (trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute("data-key"),
        experiment: tr.getAttribute("data-experiment"),
        value: tr.querySelector("td.value")?.getAttribute("data-value"),
        text: tr.querySelector("td.value")?.textContent,
        href: tr.querySelector("a")?.getAttribute("href"),
      })),
    );
    expect(rows).toHaveLength(result.summary.length);
    result.summary.forEach((h, k) => {
      expect(rows[k]).toEqual({
        key: h.key,
        experiment: h.experimentId,
        value: JSON.stringify(h.value),
        text: formatHeadline(h),
        href: `#exp-${h.experimentId}`,
      });
    });
    // every in-page link lands on an element that exists
    const dangling = await page.$$eval('a[href^="#"]', (links) =>
      links
        .map((a) => ({ href: a.getAttribute("href") as string, doc: a.ownerDocument }))
        .filter(({ href, doc }) => doc.getElementById(href.slice(1)) === null)
        .map(({ href }) => href),
    );
    expect(dangling).toEqual([]);
  });

  it("lists the files not analysed with their reason", async () => {
    const rows = page.locator("section#skipped table tbody tr");
    expect(await rows.count()).toBe(result.skipped.length);
    for (const [k, s] of result.skipped.entries()) {
      expect(await rows.nth(k).textContent()).toContain(s.path);
    }
  });

  it("credits every bundled real file in the footer, with its licence", async () => {
    const footer = await page.locator("footer").textContent();
    expect(footer).toContain(result.tool.version);
    for (const a of DEMO_ATTRIBUTIONS.filter((a) => a.source !== "simulated")) {
      expect(footer).toContain(a.file);
      expect(footer).toContain(`licence ${a.licence}`);
    }
  });
});
