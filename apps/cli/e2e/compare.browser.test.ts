import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ReportResult } from "@lmb/schemas";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledExampleUrl } from "../src/bundledExampleUrl.js";
import { formatHeadline } from "../src/report/html/formatHeadline.js";
import { runReport } from "../src/report/runReport.js";
import { hasChromium, type OfflineSession, openOffline, requireChromiumOrSkip } from "./browser.js";

// `lmb report bare-li/ coated-li/ --compare` on the demo's bare and coated Li‖Li records,
// opened in Chromium: the side-by-side table shows each group's value as results.json has it.

requireChromiumOrSkip();

const silent = { stdout: { write: () => true }, stderr: { write: () => true } };

describe.skipIf(!hasChromium)("report.html with --compare in Chromium", () => {
  let folder: string;
  let result: ReportResult;
  let session: OfflineSession;
  let page: Page;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "lmb-compare-browser-"));
    const groups = [
      ["bare-li", "li-li_bare_1mA-1mAh.mpt"],
      ["coated-li", "li-li_coated_1mA-1mAh.mpt"],
    ] as const;
    for (const [dir, file] of groups) {
      await mkdir(join(folder, dir));
      await copyFile(fileURLToPath(bundledExampleUrl(`demo/${file}`)), join(folder, dir, file));
    }
    const out = join(folder, "report");
    result = await runReport(
      groups.map(([dir]) => join(folder, dir)),
      { out, compare: true, quiet: true },
      silent,
    );
    session = await openOffline();
    page = session.page;
    await page.goto(pathToFileURL(join(out, "report.html")).href);
  });

  afterAll(async () => {
    await session?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("puts the two groups side by side, each value as results.json has it", async () => {
    const comparison = result.comparison;
    expect(comparison).toBeDefined();
    if (!comparison) return;
    expect(await page.locator("table.comparison thead th.group-a").textContent()).toBe("bare-li");
    expect(await page.locator("table.comparison thead th.group-b").textContent()).toBe("coated-li");
    const rows = await page.$$eval("table.comparison tbody tr", (trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute("data-key"),
        a: tr.querySelector("td.group-a")?.textContent,
        b: tr.querySelector("td.group-b")?.textContent,
      })),
    );
    expect(rows).toEqual(
      comparison.rows.map((r) => ({
        key: r.key,
        a: r.a === null ? "—" : formatHeadline(r.a),
        b: r.b === null ? "—" : formatHeadline(r.b),
      })),
    );
    // the overpotential at cycle 10 is in both groups: bare 115 mV, coated 44 mV (ATTRIBUTION.md)
    const eta = comparison.rows.find((r) => r.key === "overpotential-cycle-10");
    expect(eta?.a?.value).toBeAllClose(115.08, { rtol: 0.01 });
    expect(eta?.b?.value).toBeAllClose(44.1, { rtol: 0.01 });
    const box = await page.locator("section#comparison").boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(0);
    expect(session.blocked).toEqual([]);
  });
});
