import { convertUnitRequest } from "@lmb/schemas";
import { convertQuantity, parseQuantity } from "@lmb/units";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, openSite, requireChromiumOrSkip, type SiteSession } from "./browser.js";

// The docs site in a real Chromium: the built pages load, and the live unit converter on
// /units hydrates and computes with the real @lmb packages. e2e/globalSetup.ts builds the site
// when it is stale.

requireChromiumOrSkip();

/** The number at the start of the converter's result, e.g. 20.6219 from "20.6219 mAh cm⁻²". */
async function resultValue(page: Page): Promise<number> {
  const text = await page.getByTestId("converter-result-value").textContent();
  return Number.parseFloat(text ?? "");
}

function expectClose(actual: number, expected: number, rtol = 1e-3): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rtol * Math.abs(expected));
}

describe.skipIf(!hasChromium)("docs site in Chromium", () => {
  let site: SiteSession;
  let server: SiteSession["server"];
  let page: Page;

  beforeAll(async () => {
    site = await openSite();
    ({ server, page } = site);
  });

  afterAll(async () => {
    await site?.close();
  });

  /** Opens /units and waits until the converter has hydrated. */
  async function openConverter(): Promise<void> {
    await page.goto(`${server.url}/units`);
    await page.locator('[data-testid="converter"][data-ready="true"]').waitFor();
  }

  async function convert(value: string, to: string, material: "" | "Li"): Promise<void> {
    await page.getByTestId("converter-value").fill(value);
    await page.getByTestId("converter-to").fill(to);
    await page.getByTestId("converter-material").selectOption(material);
  }

  it("serves the landing page with a title and a hero", async () => {
    const response = await page.goto(`${server.url}/`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain("lmb");
    await expect(page.locator(".VPHero .name").textContent()).resolves.toContain("lmb");
  });

  it("shows both quick-start commands verbatim on the getting-started page", async () => {
    await page.goto(`${server.url}/getting-started`);
    const text = (await page.locator(".vp-doc").textContent()) ?? "";
    expect(text).toContain("npx -y pnpm@10.34.8 install && npx -y pnpm@10.34.8 demo");
    expect(text).toContain("npx -y pnpm@10.34.8 install && npx -y pnpm@10.34.8 test");
    expect(text).toContain('lmb units convert "100 um" --to "mAh cm-2" --material Li');
  });

  it("renders the formulas on /units with MathJax", async () => {
    await page.goto(`${server.url}/units`);
    expect(await page.locator(".vp-doc mjx-container").count()).toBeGreaterThan(5);
  });

  it("converts 100 µm of dense Li to mAh cm⁻²", async () => {
    await openConverter();
    await convert("100 um", "mAh cm-2", "Li");
    const expected = convertQuantity(parseQuantity("100 um"), "mAh cm-2", { material: "Li" }).value;
    expectClose(expected, 20.62, 1e-3);
    await expect.poll(() => resultValue(page)).toBeCloseTo(expected, 2);
    expectClose(await resultValue(page), expected);
    expect(await page.getByTestId("converter-result").textContent()).toContain("mAh cm⁻²");
    expect(await page.getByTestId("converter-error").count()).toBe(0);
  });

  it("converts 5 mA cm⁻² to 50 A m⁻² and updates as you type", async () => {
    await openConverter();
    await convert("5 mA cm-2", "A m-2", "");
    const expected = convertUnitRequest({ quantity: "5 mA cm-2", to: "A m-2" }).output.value;
    expect(expected).toBe(50);
    await expect.poll(() => resultValue(page)).toBe(50);
    await page.getByTestId("converter-value").fill("0.5 mA cm-2");
    await expect.poll(() => resultValue(page)).toBe(5);
  });

  it("shows the LmbError for an impossible conversion and an unknown unit", async () => {
    await openConverter();
    await convert("5 mA cm-2", "mAh g-1", "");
    const error = page.getByTestId("converter-error");
    await error.waitFor();
    const mismatch = (await error.textContent()) ?? "";
    expect(mismatch).toContain("E_UNIT_MISMATCH");
    expect(mismatch).toContain("Fix:");
    expect(await page.getByTestId("converter-result").count()).toBe(0);

    await convert("5 parsecs", "m", "");
    await expect
      .poll(async () => (await error.textContent()) ?? "")
      .toMatch(/E_(UNIT|QUANTITY)_PARSE/);

    await convert("5 mA cm-2", "A m-2", "");
    await page.getByTestId("converter-result").waitFor();
    expect(await error.count()).toBe(0);
  });

  it("has an API reference page for @lmb/units", async () => {
    const response = await page.goto(`${server.url}/api/units/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator(".vp-doc h1").first().textContent()).toContain("@lmb/units");
    expect(await page.locator(".vp-doc").textContent()).toContain("parseQuantity");
    const fn = await page.goto(`${server.url}/api/units/functions/parseQuantity`);
    expect(fn?.status()).toBe(200);
  });
});
