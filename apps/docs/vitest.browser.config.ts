import { defineLmbProject } from "@lmb/vitest-config";

// The browser test: a plain vitest run in Node that builds the site when needed, serves
// docs/.vitepress/dist on 127.0.0.1 and drives Chromium through playwright-core. The shared
// preset resolves @lmb/* from source and fails any test that writes to the console.
export default defineLmbProject({
  test: {
    name: "docs-browser",
    include: ["e2e/**/*.browser.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
