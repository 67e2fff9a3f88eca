import { readFileSync } from "node:fs";
import { defineLmbProject } from "@lmb/vitest-config";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

// The browser tests of the CLI (`pnpm --filter @lmb/cli test:browser`): a plain vitest run in
// Node that builds the demo report from source into a temporary folder and opens report.html in
// Debian Chromium through playwright-core (e2e/browser.ts). Kept out of the unit run: the unit
// config includes only src/**/*.test.ts.
export default defineLmbProject({
  define: { __LMB_CLI_VERSION__: JSON.stringify(version) },
  test: {
    name: "cli-browser",
    include: ["e2e/**/*.browser.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
