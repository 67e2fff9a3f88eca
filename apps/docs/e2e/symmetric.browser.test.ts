import { readFileSync } from "node:fs";
import {
  compareSymmetricAsymmetric,
  DEFAULT_COMPARISON_INTERPHASE,
  interphasePercolationThreshold,
  withMetal,
} from "@lmb/cells";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatSignificant } from "../docs/.vitepress/theme/format.js";
import { hasChromium, openSite, requireChromiumOrSkip, type SiteSession } from "./browser.js";

// The page "Why symmetric cells can mislead" on /symmetric-cells, in Chromium: the live
// comparison (slider for the metal fraction, side-by-side traces) and the design map, each
// checked against @lmb/cells run here in Node with the same inputs.

requireChromiumOrSkip();

/** The library's comparison for the page's interphase at V_f, as the page computes it. */
const libraryAt = (fraction: number) =>
  compareSymmetricAsymmetric({
    interphase: withMetal(DEFAULT_COMPARISON_INTERPHASE, fraction),
    fractions: [],
    pointsPerStep: 4,
  });

/** Sets a range input to `value` the way a drag does (input event, then change). */
async function slide(page: Page, testId: string, value: number): Promise<void> {
  await page.getByTestId(testId).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, value);
}

/** The depletion times the table shows (data-depletion: h, or "none"). */
async function depletions(page: Page): Promise<string[]> {
  return Promise.all(
    [0, 1, 2].map(
      async (i) =>
        (await page.getByTestId(`symmetric-cell-${i}`).getAttribute("data-depletion")) ?? "",
    ),
  );
}

// The worked example quotes library output: recompute it here and find it, as printed, in the page.
describe("symmetric-cells page's worked example", () => {
  const page = readFileSync(new URL("../docs/symmetric-cells.md", import.meta.url), "utf8");
  it("quotes the library's depletion times, polarisation, Li lost and leak", () => {
    const r = compareSymmetricAsymmetric({ fractions: [] });
    const [sym, mid, thin] = r.cells;
    expect(page).toContain(
      `// [null, ${mid?.depletion?.time.toFixed(1)}, ${thin?.depletion?.time.toFixed(1)}] h`,
    );
    expect(page).toContain(
      `{ initial: ${sym?.polarisation.initial.toFixed(1)}, final: ${sym?.polarisation.final.toFixed(1)} } mV`,
    );
    expect(page).toContain(`// ${sym?.lithiumLost.interphase.toFixed(1)} mAh cm⁻² lost`);
    expect(page).toContain(`// ${r.interphase.initialLeakageCurrentDensity.toFixed(4)} mA cm⁻²`);
    expect(page).toContain(`≈ ${(r.interphase.percolationThreshold ?? 0).toFixed(3)}`);
  });
});

describe.skipIf(!hasChromium)("symmetric-cells page in Chromium", () => {
  let site: SiteSession;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    site = await openSite();
    page = site.page;
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        errors.push(message.text());
      }
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${site.server.url}/symmetric-cells`);
    await page.locator('[data-testid="symmetric"][data-ready="true"]').waitFor();
  });

  afterAll(async () => {
    await site?.close();
  });

  it("renders the page, its nav and sidebar links and the side-by-side traces", async () => {
    expect(await page.locator(".vp-doc h1").first().textContent()).toContain(
      "Why symmetric cells can mislead",
    );
    expect(await page.locator('.VPNavBar a[href="/symmetric-cells"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.VPSidebar a[href="/symmetric-cells"]').count()).toBeGreaterThan(0);
    const plot = page.locator('[data-testid="symmetric-result"] [data-testid="plot"]').first();
    await expect.poll(() => plot.getAttribute("data-rendered")).toBe("true");
    // three panels, one per cell, each titled with its cell
    const svg = (await plot.innerHTML()) ?? "";
    for (const label of ["100 µm | 100 µm", "100 µm | 50 µm", "100 µm | 20 µm"]) {
      expect(svg).toContain(label);
    }
    // the three panels fit the page's column, none cut off at its edge
    const drawn = await plot.locator("svg").first().boundingBox();
    const column = await page.locator(".vp-doc").first().boundingBox();
    expect(drawn?.width ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(column?.width ?? 0);
  });

  it("shows the library's depletion times, and the slider changes the traces", async () => {
    const at35 = libraryAt(0.35);
    const times = await depletions(page);
    expect(times[0]).toBe("none");
    at35.cells.slice(1).forEach((c, i) => {
      expect(Math.abs(Number(times[i + 1]) / (c.depletion?.time as number) - 1)).toBeLessThan(1e-9);
    });
    const cellText = await page
      .getByTestId("symmetric-cell-2")
      .locator('[data-field="depletion"]')
      .textContent();
    expect(cellText).toBe(`${formatSignificant(at35.cells[2]?.depletion?.time as number, 4)} h`);
    const plot = page.locator('[data-testid="symmetric-result"] [data-testid="plot"]').first();
    const before = await plot.innerHTML();

    await slide(page, "symmetric-fraction", 0.1);
    await expect.poll(async () => (await depletions(page)).join(",")).toBe("none,none,none");
    await expect.poll(() => plot.getAttribute("data-rendered")).toBe("true");
    await expect.poll(() => plot.innerHTML()).not.toBe(before);
    expect(await page.getByTestId("symmetric-fraction-value").textContent()).toBe("0.10");
    expect(await page.getByTestId("symmetric-conclusion").textContent()).toBe(
      libraryAt(0.1).conclusion,
    );

    await slide(page, "symmetric-fraction", 0.5);
    const at50 = libraryAt(0.5);
    await expect
      .poll(async () => Number((await depletions(page))[2]))
      .toBeCloseTo(at50.cells[2]?.depletion?.time as number, 6);
  });

  it("draws the design map with V_p of each aspect ratio as the library computes it", {
    timeout: 120_000,
  }, async () => {
    const map = page.getByTestId("symmetric-map");
    await map.waitFor({ timeout: 110_000 });
    const shown = await page.getByTestId("symmetric-map-row-1").getAttribute("data-threshold");
    expect(Math.abs(Number(shown) / interphasePercolationThreshold(1, 10) - 1)).toBeLessThan(1e-9);
    const needles = await page.getByTestId("symmetric-map-row-10").getAttribute("data-threshold");
    expect(Number(needles)).toBeLessThan(Number(shown));
    await expect
      .poll(() => map.locator('[data-testid="plot"]').getAttribute("data-rendered"))
      .toBe("true");
    expect(errors).toEqual([]);
  });
});
