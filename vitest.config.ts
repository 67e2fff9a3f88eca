import { defineConfig } from "vitest/config";

// One workspace config: `pnpm test` runs every package's tests in one vitest process.
// Each project's own vitest.config.ts comes from @lmb/vitest-config (tooling/vitest).
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/cli", "tooling/vitest"],
  },
});
