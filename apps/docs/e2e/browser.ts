import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { type StaticServer, serveStatic } from "./staticServer.js";

/** The docs app (apps/docs) and its built site. */
export const appRoot = fileURLToPath(new URL("..", import.meta.url));
export const distRoot = fileURLToPath(new URL("../docs/.vitepress/dist", import.meta.url));

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
    `docs browser test skipped: no Chromium at ${executablePath} (apt-get install chromium, or set LMB_CHROMIUM)\n`,
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

/** A served site with a browser page on it; `close()` stops both. */
export interface SiteSession {
  server: StaticServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * Serves the built site (e2e/globalSetup.ts has built it when stale) on 127.0.0.1 and opens a
 * Chromium page with a 30 s default timeout.
 */
export async function openSite(): Promise<SiteSession> {
  const server = await serveStatic(distRoot);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
