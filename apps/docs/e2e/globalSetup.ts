import { appRoot, hasChromium } from "./browser.js";
import { buildSite, siteIsStale } from "./buildSite.js";

/**
 * Builds the site once per run, before any browser test file, when `docs/.vitepress/dist` is
 * missing or older than its inputs (or `LMB_DOCS_REBUILD=1`). Every test file then serves the same
 * build, so a package edited during the run cannot trigger a second build.
 */
export default async function setup(): Promise<void> {
  if (!hasChromium) return;
  if (process.env.LMB_DOCS_REBUILD === "1" || siteIsStale(appRoot)) await buildSite(appRoot);
}
