import { FARADAY_CONSTANT, GAS_CONSTANT } from "@lmb/units";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, openSite, requireChromiumOrSkip, type SiteSession } from "./browser.js";

// The live impedance fitter on /impedance, in Chromium: a synthetic spectrum with known values,
// pasted or read from a file by @lmb/io, fitted by the real fitCircuit of @lmb/impedance.

requireChromiumOrSkip();

/** R0-p(R1,C1): Z = R0 + R1/(1 + jωR1C1), from 100 kHz to 0.1 Hz, 8 points per decade. */
function rcSpectrum(r0: number, r1: number, c1: number): [number, number, number][] {
  return Array.from({ length: 49 }, (_, i) => {
    const f = 1e5 * 10 ** (-i / 8);
    const x = 2 * Math.PI * f * r1 * c1;
    const d = 1 + x * x;
    return [f, r0 + r1 / d, (-r1 * x) / d];
  });
}

/** The full-precision number of an estimate row (its `data-value`), or NaN while absent. */
async function estimate(page: Page, prefix: string, key: string): Promise<number> {
  const cell = page.getByTestId(`${prefix}-${key}-value`);
  if ((await cell.count()) === 0) return Number.NaN;
  return Number.parseFloat((await cell.getAttribute("data-value")) ?? "");
}

const parameter = (page: Page, name: string) => estimate(page, "impedance-param", name);

describe.skipIf(!hasChromium)("impedance fitter in Chromium", () => {
  let site: SiteSession;
  let page: Page;

  beforeAll(async () => {
    site = await openSite();
    page = site.page;
    await page.goto(`${site.server.url}/impedance`);
    await page.locator('[data-testid="impedance"][data-ready="true"]').waitFor();
  });

  afterAll(async () => {
    await site?.close();
  });

  it("fits the example spectrum on load and draws Nyquist and Bode plots", async () => {
    expect(await page.locator(".vp-doc mjx-container").count()).toBeGreaterThan(10);
    await page.getByTestId("impedance-result").waitFor();
    // example: R0-p(R1,CPE1)-p(R2,CPE2) with R1 = 20 Ω, R2 = 60 Ω and 0.5 % noise
    await expect.poll(() => parameter(page, "R2")).toBeGreaterThan(55);
    expect(Math.abs((await parameter(page, "R2")) - 60)).toBeLessThan(3);
    const plots = page.locator('[data-testid="impedance-result"] [data-testid="plot"]');
    await expect.poll(() => plots.count()).toBe(2);
    await page.locator('[data-testid="plot"][data-rendered="true"] svg').nth(1).waitFor();
  });

  it("recovers R1 of a pasted R0-p(R1,C1) spectrum in the −Z″ convention within 1 %", async () => {
    const rows = rcSpectrum(10, 100, 1e-5);
    // headerless, −Z″ positive: the sign comes from the data
    await page
      .getByTestId("impedance-spectrum")
      .fill(rows.map(([f, re, im]) => `${f}\t${re}\t${-im}`).join("\n"));
    await page.getByTestId("impedance-circuit").fill("R0-p(R1,C1)");
    await expect.poll(() => parameter(page, "R1"), { timeout: 20_000 }).toBeCloseTo(100, 0);
    expect(Math.abs((await parameter(page, "R1")) - 100)).toBeLessThanOrEqual(1);
    expect(Math.abs((await parameter(page, "C1")) / 1e-5 - 1)).toBeLessThanOrEqual(0.01);
    expect(Math.abs((await parameter(page, "R0")) - 10)).toBeLessThanOrEqual(0.1);
    expect(await page.getByTestId("impedance").textContent()).toContain("read as −Im(Z)");

    // Li-metal reading: one arc → R_ct; a symmetric cell of 1 cm² at 25 °C has per interface
    // j0 = 2RT/(F·R_ct,cell·A) = 0.514 mA cm⁻², twice the one-interface formula's value.
    await page.getByTestId("impedance-convention").selectOption("cell");
    await page.getByTestId("impedance-area").fill("1 cm2");
    await page.getByTestId("impedance-temperature").fill("25C");
    const expected = ((2 * GAS_CONSTANT * 298.15) / (FARADAY_CONSTANT * 100 * 1)) * 1e3;
    await expect
      .poll(() => estimate(page, "impedance-limetal", "exchangeCurrentDensity"))
      .toBeCloseTo(expected, 3);
    expect(await estimate(page, "impedance-limetal", "chargeTransfer-asr")).toBeCloseTo(50, 1);
  });

  it("reads a dropped CSV file with @lmb/io and fits it; the file chooser works too", async () => {
    const csvOf = (rows: [number, number, number][]) =>
      ["Freq/Hz,Re(Z)/Ohm,Im(Z)/Ohm", ...rows.map((r) => r.join(","))].join("\n");
    const dataTransfer = await page.evaluateHandle(
      (csv) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([csv], "dropped.csv", { type: "text/csv" }));
        return transfer;
      },
      csvOf(rcSpectrum(5, 250, 2e-6)),
    );
    await page.getByTestId("impedance-drop").dispatchEvent("drop", { dataTransfer });
    await expect
      .poll(async () => (await page.getByTestId("impedance").textContent()) ?? "")
      .toContain("Read dropped.csv");
    expect(await page.getByTestId("impedance-spectrum").inputValue()).toMatch(/^f \(Hz\)/);
    await expect.poll(() => parameter(page, "R1"), { timeout: 20_000 }).toBeCloseTo(250, 0);
    expect(Math.abs((await parameter(page, "R1")) / 250 - 1)).toBeLessThanOrEqual(0.01);

    await page.getByTestId("impedance-file").setInputFiles({
      name: "chosen.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csvOf(rcSpectrum(5, 40, 2e-6))),
    });
    await expect.poll(() => parameter(page, "R1"), { timeout: 20_000 }).toBeCloseTo(40, 1);
    expect(await page.getByTestId("impedance-file-name").textContent()).toContain("chosen.csv");
  });

  it("shows the circuit parse error with where it is and the fix", async () => {
    await page.getByTestId("impedance-circuit").fill("R0-p(R1,C1");
    const error = page.getByTestId("impedance-error");
    await error.waitFor();
    const message = (await error.textContent()) ?? "";
    expect(message).toContain("E_CIRCUIT_PARSE");
    expect(message).toContain("Fix:");
    await page.getByTestId("impedance-circuit").fill("R0-p(R1,C1)");
    await page.getByTestId("impedance-result").waitFor();
  });
});
