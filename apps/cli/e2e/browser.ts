import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

/** Chromium from `LMB_CHROMIUM`, else Debian's /usr/bin/chromium. */
export const executablePath = process.env.LMB_CHROMIUM ?? "/usr/bin/chromium";
export const hasChromium = existsSync(executablePath);

/**
 * Without Chromium the browser tests are skipped with a notice on stderr, unless
 * `LMB_REQUIRE_BROWSER=1` (CI), which makes a missing Chromium an error.
 */
export function requireChromiumOrSkip(): void {
  if (hasChromium) return;
  if (process.env.LMB_REQUIRE_BROWSER === "1") {
    throw new Error(
      `LMB_REQUIRE_BROWSER=1 but there is no Chromium at ${executablePath}: install it (apt-get install chromium) or set LMB_CHROMIUM to a Chromium binary`,
    );
  }
  process.stderr.write(
    `cli browser test skipped: no Chromium at ${executablePath} (apt-get install chromium, or set LMB_CHROMIUM)\n`,
  );
}

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/** A Chromium page whose every non-`file:` request is blocked and recorded. */
export interface OfflineSession {
  browser: Browser;
  page: Page;
  /** URLs the page tried to fetch from the network (blocked). */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium with a page that may load only `file:` and `data:` URLs: any other request
 * (http, https, ws) is aborted and recorded, so a test can assert the page needs no network.
 *
 * @example
 * const session = await openOffline();
 * await session.page.goto(pathToFileURL("report.html").href);
 */
export async function openOffline(): Promise<OfflineSession> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return {
    browser,
    page,
    blocked,
    async close() {
      await browser.close();
    },
  };
}
