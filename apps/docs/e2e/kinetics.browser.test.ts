import { GAS_CONSTANT } from "@lmb/units";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, openSite, requireChromiumOrSkip, type SiteSession } from "./browser.js";

// The live kinetics calculator on /kinetics, in Chromium: known inputs in, the real
// @lmb/kinetics fits out, as numbers in the page.

requireChromiumOrSkip();

/** The full-precision number of an estimate row (its `data-value`), or NaN while absent. */
async function estimate(page: Page, key: string): Promise<number> {
  const cell = page.getByTestId(`kinetics-estimate-${key}-value`);
  if ((await cell.count()) === 0) return Number.NaN;
  return Number.parseFloat((await cell.getAttribute("data-value")) ?? "");
}

/** Conductivities in mS cm⁻¹ following σ = σ0·exp(−E_a/RT) exactly, as "25C:10, 40C:…" pairs. */
function arrheniusPoints(activationEnergy: number, celsius: number[]): string {
  const reference = 298.15;
  return celsius
    .map((c) => {
      const t = c + 273.15;
      const sigma = 10 * Math.exp((-activationEnergy / GAS_CONSTANT) * (1 / t - 1 / reference));
      return `${c}C:${sigma.toPrecision(7)}`;
    })
    .join(", ");
}

// theory.md §4.2 test vectors: a symmetric Li‖Li cell, α = ½, 298.15 K, j0 = 1 mA cm⁻²:
// j (mA cm⁻²) : η_cell (mV) from η_cell = (4RT/F)·asinh(j/(2·j0)).
const SYMMETRIC_CELL =
  "0.1:5.1364, 0.5:25.4322, 1:49.4543, 2:90.5790, 3:122.7862, 5:169.2865, 10:237.6500";

describe.skipIf(!hasChromium)("kinetics calculator in Chromium", () => {
  let site: SiteSession;
  let page: Page;

  beforeAll(async () => {
    site = await openSite();
    page = site.page;
    await page.goto(`${site.server.url}/kinetics`);
    await page.locator('[data-testid="kinetics"][data-ready="true"]').waitFor();
  });

  afterAll(async () => {
    await site?.close();
  });

  it("renders the page's formulas with MathJax and links it from the nav", async () => {
    expect(await page.locator(".vp-doc mjx-container").count()).toBeGreaterThan(10);
    expect(await page.locator('.VPNavBar a[href="/kinetics"]').count()).toBeGreaterThan(0);
    // the example fit is shown with its plot on load
    await page.locator('[data-testid="plot"][data-rendered="true"] svg').first().waitFor();
  });

  it("recovers E_a = 50 kJ mol⁻¹ from Arrhenius points, with SE and an interval", async () => {
    await page.getByTestId("kinetics-method").selectOption("arrhenius");
    await page.getByTestId("kinetics-form").selectOption("sigma");
    await page.getByTestId("kinetics-points").fill(arrheniusPoints(50_000, [25, 40, 55, 70, 85]));
    await expect.poll(() => estimate(page, "activationEnergy")).toBeCloseTo(50, 1);
    const ea = await estimate(page, "activationEnergy");
    expect(Math.abs(ea - 50)).toBeLessThanOrEqual(0.1);
    // per particle: 50 kJ mol⁻¹ / 96.485 kJ mol⁻¹ eV⁻¹
    expect(await estimate(page, "activationEnergyPerParticle")).toBeCloseTo(0.5182, 3);
    const row = (await page.getByTestId("kinetics-estimate-activationEnergy").textContent()) ?? "";
    expect(row).toContain("kJ mol⁻¹");
    expect(row).toContain("…");
    await page.locator('[data-testid="plot"][data-rendered="true"] svg').first().waitFor();
  });

  it("fits j = 2·j0·sinh(Fη/4RT) to symmetric-cell points: j0 = 1 mA cm⁻²", async () => {
    await page.getByTestId("kinetics-method").selectOption("butler-volmer");
    await page.getByTestId("kinetics-convention").selectOption("cell");
    await page.getByTestId("kinetics-points").fill(SYMMETRIC_CELL);
    await expect.poll(() => estimate(page, "exchangeCurrentDensity")).toBeCloseTo(1, 3);
    const text = (await page.getByTestId("kinetics-result").textContent()) ?? "";
    expect(text).toContain("mA cm⁻²");
    expect(text).toContain("symmetric Li‖Li cell");

    // The factor-of-two trap: the one-electrode relation on the cell's voltage is far too low.
    await page.getByTestId("kinetics-convention").selectOption("electrode");
    await expect.poll(() => estimate(page, "exchangeCurrentDensity")).toBeLessThan(0.5);
  });

  it("shows the LmbError with its fix for a unit of the wrong dimension", async () => {
    await page.getByTestId("kinetics-method").selectOption("arrhenius");
    await page.getByTestId("kinetics-value-unit").fill("mA cm-2");
    const error = page.getByTestId("kinetics-error");
    await error.waitFor();
    const message = (await error.textContent()) ?? "";
    expect(message).toContain("E_UNIT_MISMATCH");
    expect(message).toContain("Fix:");
    await page.getByTestId("kinetics-value-unit").fill("mS cm-1");
    await page.getByTestId("kinetics-result").waitFor();
  });
});
