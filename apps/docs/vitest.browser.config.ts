import { defineLmbProject } from "@lmb/vitest-config";

// The browser tests: a plain vitest run in Node. e2e/globalSetup.ts builds the site once when it
// is stale; each test file serves docs/.vitepress/dist on 127.0.0.1 and drives Chromium through
// playwright-core. The shared preset resolves @lmb/* from source and fails any test that writes
// to the console.
export default defineLmbProject({
  test: {
    name: "docs-browser",
    include: ["e2e/**/*.browser.test.ts"],
    environment: "node",
    globalSetup: ["e2e/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
