import { growthConstant, LITHIUM_MOLAR_VOLUME, SH_CONSTANTS, shQuantities } from "@lmb/nucleation";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, openSite, requireChromiumOrSkip, type SiteSession } from "./browser.js";

// The live nucleation explorer on /nucleation, in Chromium: synthetic Scharifker–Hills transients
// of known D and N0, classified by the real classifyTransient of @lmb/nucleation, and reduced by
// the t_m, j_m typed into the page.

requireChromiumOrSkip();

/** A number shown in the page with its full precision in `data-value`, or NaN while absent. */
async function shown(page: Page, testId: string): Promise<number> {
  const cell = page.getByTestId(testId);
  if ((await cell.count()) === 0) return Number.NaN;
  return Number.parseFloat((await cell.getAttribute("data-value")) ?? "");
}

async function text(page: Page, testId: string): Promise<string> {
  const cell = page.getByTestId(testId);
  if ((await cell.count()) === 0) return "";
  return (await cell.textContent()) ?? "";
}

// The synthetic instantaneous transient: D and N0 that shQuantities gives for j_m = 5 mA cm⁻²,
// t_m = 2 s (Li⁺ 1 M); its maximum is t_m = x_i/(N0·π·k·D).
const LI_1M = { concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME };
const GENERATING = shQuantities(50, 2, LI_1M).instantaneous;
const GENERATING_TM =
  SH_CONSTANTS.instantaneous.root /
  (GENERATING.siteDensity * Math.PI * growthConstant(LI_1M) * GENERATING.diffusivity);

describe.skipIf(!hasChromium)("nucleation explorer in Chromium", () => {
  let site: SiteSession;
  let page: Page;

  beforeAll(async () => {
    site = await openSite();
    page = site.page;
    await page.goto(`${site.server.url}/nucleation`);
    await page.locator('[data-testid="nucleation"][data-ready="true"]').waitFor();
  });

  afterAll(async () => {
    await site?.close();
  });

  it("renders the page's formulas, links it from the nav and draws the reduced plot", async () => {
    expect(await page.locator(".vp-doc h1").first().textContent()).toContain("Nucleation");
    expect(await page.locator(".vp-doc mjx-container").count()).toBeGreaterThan(10);
    expect(await page.locator('.VPNavBar a[href="/nucleation"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.VPSidebar a[href="/nucleation"]').count()).toBeGreaterThan(0);
    const doc = (await page.locator(".vp-doc").textContent()) ?? "";
    expect(doc).toContain("612.5 s");
    expect(doc).toContain("1.06e7 cm⁻²");
    await page.locator('[data-testid="plot"][data-rendered="true"] svg').first().waitFor();
  });

  it("classifies the synthetic instantaneous transient and finds t_m within 5 %", async () => {
    expect(GENERATING_TM).toBeCloseTo(2, 6);
    await page.getByTestId("nucleation-source").selectOption("progressive");
    await expect.poll(() => text(page, "nucleation-verdict")).toBe("progressive");
    await page.getByTestId("nucleation-source").selectOption("instantaneous");
    await expect.poll(() => text(page, "nucleation-verdict")).toBe("instantaneous");
    expect(await shown(page, "nucleation-synthetic-tm")).toBeCloseTo(GENERATING_TM, 6);
    const tm = await shown(page, "nucleation-detected-tm");
    expect(Math.abs(tm / GENERATING_TM - 1)).toBeLessThanOrEqual(0.05);
    const jm = await shown(page, "nucleation-detected-jm");
    expect(Math.abs(jm / 5 - 1)).toBeLessThanOrEqual(0.05);
    expect(await text(page, "nucleation-result")).toContain("instantaneous");
    // the sliders start at the detected maximum
    expect(await shown(page, "nucleation-reduced-tm")).toBeCloseTo(tm, 3);
  });

  it("re-reduces the data by typed t_m, j_m and snaps back to the detected maximum", async () => {
    await page.getByTestId("nucleation-source").selectOption("instantaneous");
    await expect.poll(() => text(page, "nucleation-verdict")).toBe("instantaneous");
    const atMaximum = await shown(page, "nucleation-manual-instantaneous");
    expect(atMaximum).toBeLessThan(0.05);

    await page.getByTestId("nucleation-tm").fill("3");
    await page.getByTestId("nucleation-jm").fill("4");
    await expect.poll(() => shown(page, "nucleation-reduced-tm")).toBe(3);
    expect(await shown(page, "nucleation-reduced-jm")).toBe(4);
    // a wrong maximum moves the data off the instantaneous curve
    await expect
      .poll(() => shown(page, "nucleation-manual-instantaneous"))
      .toBeGreaterThan(Math.max(0.05, 2 * atMaximum));
    const svg = page.locator('[data-testid="nucleation-reduced"] [data-testid="plot"] svg');
    await expect
      .poll(async () => (await svg.textContent()) ?? "")
      .toContain("t_m = 3 s, j_m = 4 mA cm⁻²");

    await page.getByTestId("nucleation-snap").click();
    const detected = await shown(page, "nucleation-detected-tm");
    await expect.poll(() => shown(page, "nucleation-reduced-tm")).toBeCloseTo(detected, 3);
    expect(Math.abs((await shown(page, "nucleation-reduced-tm")) / GENERATING_TM - 1)).toBeLessThan(
      0.05,
    );
    expect(Number.parseFloat(await page.getByTestId("nucleation-tm").inputValue())).toBeCloseTo(
      detected,
      3,
    );
    await expect.poll(() => shown(page, "nucleation-manual-instantaneous")).toBeLessThan(0.05);
  });

  it("classifies pasted (t, j) pairs and shows the LmbError for a bad line", async () => {
    await page.getByTestId("nucleation-source").selectOption("pasted");
    const box = page.getByTestId("nucleation-points");
    // starts from the transient shown before, as text
    await expect.poll(async () => (await box.inputValue()).split("\n").length).toBe(601);
    await expect.poll(() => text(page, "nucleation-verdict")).toBe("instantaneous");

    await box.fill("t (s)\tj (mA cm-2)\n0.1\t1\n0.2\tabc");
    await box.blur();
    const error = page.getByTestId("nucleation-error");
    await error.waitFor();
    expect((await error.textContent()) ?? "").toMatch(/E_[A-Z_]+/);
  });

  it("is linked from the landing page", async () => {
    await page.goto(`${site.server.url}/`);
    expect(await page.locator('.VPFeatures a[href="/nucleation"]').count()).toBe(1);
  });
});
