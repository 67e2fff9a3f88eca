import { readFileSync } from "node:fs";
import { createRng } from "@lmb/numerics";
import {
  bruggeman,
  estimateThreshold,
  filmConnectedFraction,
  fitPercolationConductivity,
  generalEffectiveMedium,
  metalIncorporationWindow,
  mixingRule,
  overlappingSphereSpanning,
  percolationPowerLaw,
  simulateLattice,
} from "@lmb/percolation";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discCount, discCoverage, discRun } from "../docs/.vitepress/theme/discPicture.js";
import { hasChromium, openSite, requireChromiumOrSkip, type SiteSession } from "./browser.js";

// The percolation page on /percolation, in Chromium: the lattice picture, the spanning curves and
// the conductivity models, each checked against @lmb/percolation run here in Node with the same
// inputs and seeds.

requireChromiumOrSkip();

/** A data-* attribute of the element with this test id, as a number (NaN while absent). */
async function attribute(page: Page, testId: string, name: string): Promise<number> {
  const cell = page.getByTestId(testId);
  if ((await cell.count()) === 0) return Number.NaN;
  return Number.parseFloat((await cell.getAttribute(name)) ?? "");
}

/** The lattice picture's counts, as its result element carries them. */
async function picture(page: Page) {
  const el = page.getByTestId("lattice-result");
  const get = async (name: string) => (await el.getAttribute(name)) ?? "";
  return {
    sites: Number(await get("data-sites")),
    occupied: Number(await get("data-occupied")),
    spans: (await get("data-spans")) === "true",
    spanningStep: Number(await get("data-spanning-step")),
    spanningSites: Number(await get("data-spanning-sites")),
  };
}

/** Sets a range input to `value` the way a drag does (input event, then change). */
async function slide(page: Page, testId: string, value: number): Promise<void> {
  await page.getByTestId(testId).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, value);
}

/** First spanning step of run 0 for a lattice strip, from the library in Node. */
function firstCrossing(
  lattice: "square" | "triangular",
  size: number,
  thickness: number,
  seed: number,
) {
  const sim = simulateLattice({ lattice, size, thickness, runs: 2, seed, ps: [] });
  return sim.spanningSteps[0] as number;
}

// The worked examples quote library output: recompute each number here (in Node, no browser) and
// find it, rounded as printed, in the page's markdown, so a library change cannot leave the page stale.
describe("percolation page's worked examples", () => {
  const page = readFileSync(new URL("../docs/percolation.md", import.meta.url), "utf8");
  const quoted = (value: number, digits: number) => expect(page).toContain(value.toFixed(digits));

  it("quotes the library's conductivity models, lattice and continuum thresholds", () => {
    const gem = { threshold: 0.2896, exponent: 2, metal: 1.1e7, insulator: 1e-8 };
    expect(page).toContain(`// ${generalEffectiveMedium(0.1, gem).toExponential(2)} S m⁻¹`);
    expect(page).toContain(`// ${generalEffectiveMedium(0.2896, gem).toPrecision(3)} S m⁻¹`);
    expect(page).toContain(`// ${(generalEffectiveMedium(0.31, gem) / 1e3).toFixed(2)}e3 S m⁻¹`);
    expect(page).toContain(`// ${bruggeman(1 / 3, 1.1e7, 1e-8).toPrecision(3)} S m⁻¹`);
    const sq = simulateLattice({
      lattice: "square",
      size: 64,
      runs: 400,
      seed: 1,
      ps: [],
    }).threshold;
    expect(page).toContain(
      `{ value: ${sq.value.toFixed(4)}, standardError: ${sq.standardError.toFixed(4)} }`,
    );
    const est = estimateThreshold({ lattice: "square", sizes: [16, 32, 64], runs: 400, seed: 1 });
    expect(page).toContain(
      `{ value: ${est.threshold.value.toFixed(4)}, standardError: ${est.threshold.standardError.toFixed(4)} }`,
    );
    const sc = simulateLattice({ lattice: "sc", size: 24, runs: 200, seed: 1, ps: [] }).threshold;
    expect(page).toContain(
      `{ value: ${sc.value.toFixed(4)}, standardError: ${sc.standardError.toFixed(4)} }`,
    );
    const spheres = overlappingSphereSpanning({
      lateral: 20,
      thickness: 20,
      runs: 20,
    }).volumeFraction;
    expect(page).toContain(
      `{ value: ${spheres.value.toFixed(4)}, standardError: ${spheres.standardError.toFixed(4)} }`,
    );
  });

  it("quotes the library's window, wired surface and fit", () => {
    const w = metalIncorporationWindow({ thickness: 5 });
    const { value, interval } = w.maximumFraction;
    expect(page).toContain(
      `{ value: ${value.toFixed(3)}, interval: { lower: ${interval.lower.toFixed(3)}, upper: ${interval.upper.toFixed(3)} } }`,
    );
    quoted(w.crossing.median, 3);
    quoted(metalIncorporationWindow({ thickness: 2 }).maximumFraction.value, 3);
    quoted(metalIncorporationWindow({ thickness: 10 }).maximumFraction.value, 3);
    quoted(metalIncorporationWindow({ thickness: 5, lateral: 40 }).maximumFraction.value, 3);
    const q = filmConnectedFraction({ thickness: 4, p: [0.2, 0.28, 0.3116] }).connectedFraction;
    expect(page).toContain(`[${q.map((v, i) => v.toFixed(i === 2 ? 3 : 4)).join(", ")}]`);
    const fraction: number[] = [];
    const sigma: number[] = [];
    const rng = createRng(3);
    for (let k = 0; k <= 22; k++) {
      const f = Number((0.05 + 0.025 * k).toFixed(3));
      const exact = generalEffectiveMedium(f, {
        threshold: 0.25,
        exponent: 2,
        metal: 1e5,
        insulator: 1e-6,
      });
      fraction.push(f);
      sigma.push(exact * 10 ** (0.05 * rng.normal()));
    }
    const fit = fitPercolationConductivity(fraction, sigma, { model: "gem" });
    expect(page).toContain(
      `${fit.threshold.value.toFixed(4)} ± ${(fit.threshold.standardError ?? 0).toFixed(4)}`,
    );
    expect(page).toContain(
      `${fit.exponent.value.toFixed(2)} ± ${(fit.exponent.standardError ?? 0).toFixed(2)}`,
    );
    quoted(fit.rmsDecades, 3);
  });
});

describe.skipIf(!hasChromium)("percolation page in Chromium", () => {
  let site: SiteSession;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    site = await openSite();
    page = site.page;
    // Console errors and failed requests, except the favicon the site does not ship (Chromium
    // asks for it on every page and logs the 404 as a console error without its URL).
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        errors.push(message.text());
      }
    });
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (response.status() >= 400 && url.pathname !== "/favicon.ico") {
        errors.push(`${response.status()} ${url.pathname}`);
      }
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${site.server.url}/percolation`);
    await page.locator('[data-testid="lattice"][data-ready="true"]').waitFor();
    await page.locator('[data-testid="sigma"][data-ready="true"]').waitFor();
  });

  afterAll(async () => {
    await site?.close();
  });

  it("renders the formulas, the worked examples and the links in nav and sidebar", async () => {
    expect(await page.locator(".vp-doc h1").first().textContent()).toContain("Percolation");
    expect(await page.locator(".vp-doc mjx-container").count()).toBeGreaterThan(10);
    expect(await page.locator('.VPNavBar a[href="/percolation"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.VPSidebar a[href="/percolation"]').count()).toBeGreaterThan(0);
    const doc = (await page.locator(".vp-doc").textContent()) ?? "";
    expect(doc).toContain("0.59274605079");
    expect(doc).toContain("0.164, interval: { lower: 0.143, upper: 0.171 }");
  });

  it("draws the seeded lattice and its verdict agrees with siteSweep run in Node", async () => {
    // default: square 48 × 48, seed 1
    const step = firstCrossing("square", 48, 48, 1);
    expect(step).toBe(1372);
    await expect.poll(async () => (await picture(page)).sites).toBe(2304);
    expect((await picture(page)).spanningStep).toBe(step);
    expect(
      await page.getByTestId("lattice-canvas").evaluate((c) => (c as HTMLCanvasElement).width),
    ).toBeGreaterThan(0);

    for (const p of [0.3, 0.58, 0.6, 0.8]) {
      await slide(page, "lattice-p-slider", p);
      await expect.poll(async () => (await picture(page)).occupied).toBe(Math.round(p * 2304));
      const shown = await picture(page);
      expect(shown.spans).toBe(shown.occupied >= step);
      expect(shown.spanningSites > 0).toBe(shown.spans);
      expect(await page.getByTestId("lattice-verdict").textContent()).toContain(
        shown.spans ? "conducts" : "insulates",
      );
    }

    // the crossing itself: one site below it insulates, at it the layer conducts
    await page.getByTestId("lattice-snap").click();
    await expect.poll(async () => (await picture(page)).occupied).toBe(step);
    expect((await picture(page)).spans).toBe(true);
    await page.getByTestId("lattice-p").fill(String((step - 1) / 2304));
    await expect.poll(async () => (await picture(page)).occupied).toBe(step - 1);
    expect((await picture(page)).spans).toBe(false);
  });

  it("crosses a thin layer at a lower p that falls with the width, as simulateLattice says", async () => {
    await page.getByTestId("lattice-seed").fill("7");
    await page.getByTestId("lattice-geometry").selectOption("layer");
    await page.getByTestId("lattice-lateral").selectOption("128");
    await page.getByTestId("lattice-thickness").selectOption("4");
    await expect.poll(async () => (await picture(page)).sites).toBe(512);
    const step = firstCrossing("square", 128, 4, 7);
    expect((await picture(page)).spanningStep).toBe(step);
    expect(step / 512).toBeLessThan(0.45);
    await slide(page, "lattice-p-slider", 0.45);
    await expect.poll(async () => (await picture(page)).occupied).toBe(Math.round(0.45 * 512));
    expect((await picture(page)).spans).toBe(true);

    await page.getByTestId("lattice-crossing").waitFor();
    const means: number[] = [];
    for (const lateral of [16, 64, 256, 1024]) {
      const shown = await attribute(page, `lattice-crossing-${lateral}`, "data-value");
      const node = simulateLattice({
        lattice: "square",
        size: lateral,
        thickness: 4,
        runs: 100,
        seed: 7,
        ps: [],
      });
      expect(shown).toBeCloseTo(node.threshold.value, 12);
      means.push(shown);
    }
    for (let i = 1; i < means.length; i++) expect(means[i]).toBeLessThan(means[i - 1] as number);

    // the triangular lattice: same seed, same step as the library
    await page.getByTestId("lattice-kind").selectOption("triangular");
    await expect
      .poll(
        async () => (await page.getByTestId("lattice-result").getAttribute("data-lattice")) ?? "",
      )
      .toBe("triangular");
    expect((await picture(page)).spanningStep).toBe(firstCrossing("triangular", 128, 4, 7));
  });

  it("drops the same seeded discs as Node and conducts from the first crossing on", async () => {
    await page.locator('[data-testid="discs"][data-ready="true"]').waitFor();
    const run = discRun(20, 20, 1);
    const disc = page.getByTestId("discs-result");
    await expect
      .poll(async () => Number(await disc.getAttribute("data-crossing-count")))
      .toBe(run.crossingCount);
    // the 2D continuum threshold of a 20 × 20 box lies near the plane's 0.6763
    expect(Math.abs(discCoverage(run.crossingCount, 400) - 0.6763)).toBeLessThan(0.05);
    for (const phi of [0.5, 0.64, 0.7]) {
      await slide(page, "discs-slider", phi);
      const count = discCount(phi, 400);
      await expect.poll(async () => Number(await disc.getAttribute("data-count"))).toBe(count);
      expect((await disc.getAttribute("data-spans")) === "true").toBe(count >= run.crossingCount);
    }
    await page.getByTestId("discs-snap").click();
    await expect
      .poll(async () => Number(await disc.getAttribute("data-count")))
      .toBe(run.crossingCount);
    expect(await disc.getAttribute("data-spans")).toBe("true");
    expect(await page.getByTestId("discs-verdict").textContent()).toContain("conducts");
  });

  it("simulates the spanning curves in the page with the library's numbers", async () => {
    await page
      .locator('[data-testid="curves"][data-busy="false"] [data-testid="curves-result"]')
      .waitFor();
    for (const size of [16, 64]) {
      const node = simulateLattice({ lattice: "square", size, runs: 200, seed: 1, ps: [] });
      expect(await attribute(page, `curves-mean-${size}`, "data-value")).toBeCloseTo(
        node.threshold.value,
        12,
      );
    }
    const literature = Number((await page.getByTestId("curves-literature").textContent()) ?? "");
    expect(literature).toBeCloseTo(0.592746, 6);
    const p128 = await attribute(page, "curves-mean-128", "data-value");
    expect(Math.abs(p128 - literature)).toBeLessThan(0.02);
    await page
      .locator('[data-testid="curves"] [data-testid="plot"][data-rendered="true"] svg')
      .waitFor();
  });

  it("plots the four conductivity models with the library's values", async () => {
    const check = async (metal: number, insulator: number, threshold: number, exponent: number) => {
      for (const f of [0.1, 0.3, 0.5]) {
        const row = page.getByTestId(`sigma-row-${f}`);
        const value = async (model: string) =>
          Number.parseFloat(
            (await row.locator(`[data-model="${model}"]`).getAttribute("data-value")) ?? "",
          );
        const prefactor = metal / (1 - threshold) ** exponent;
        expect(await value("mixing")).toBeCloseTo(mixingRule(f, metal, insulator), 6);
        const pl = percolationPowerLaw(f, { threshold, exponent, prefactor, insulator });
        expect((await value("powerLaw")) / pl).toBeCloseTo(1, 12);
        expect((await value("bruggeman")) / bruggeman(f, metal, insulator, 3)).toBeCloseTo(1, 12);
        const gem = generalEffectiveMedium(f, { threshold, exponent, metal, insulator });
        expect((await value("gem")) / gem).toBeCloseTo(1, 12);
      }
    };
    await check(1.1e7, 1e-8, 0.2896, 2);
    await page
      .locator('[data-testid="sigma"] [data-testid="plot"][data-rendered="true"] svg')
      .waitFor();

    // σ with units: 1 S cm-1 is 100 S m⁻¹
    await page.getByTestId("sigma-metal").fill("1e5 S cm-1");
    await page.getByTestId("sigma-metal").blur();
    await page.getByTestId("sigma-threshold").fill("0.2");
    await page.getByTestId("sigma-threshold").blur();
    await page.getByTestId("sigma-exponent").fill("1.5");
    await page.getByTestId("sigma-exponent").blur();
    await expect.poll(() => attribute(page, "sigma-result", "data-exponent")).toBe(1.5);
    expect(await attribute(page, "sigma-result", "data-metal")).toBeCloseTo(1e7, 3);
    await check(1e7, 1e-8, 0.2, 1.5);

    // σ_NM = 0 cannot be drawn on a log axis: the LmbError and its fix
    await page.getByTestId("sigma-insulator").fill("0 S m-1");
    await page.getByTestId("sigma-insulator").blur();
    const error = page.getByTestId("sigma-error");
    await error.waitFor();
    expect((await error.textContent()) ?? "").toContain("E_INVALID_ARGUMENT");
    expect((await error.textContent()) ?? "").toContain("Fix:");
  });

  it("is linked from the landing page and logged no console errors", async () => {
    expect(errors).toEqual([]);
    await page.goto(`${site.server.url}/`);
    expect(await page.locator('.VPFeatures a[href="/percolation"]').count()).toBe(1);
  });
});
