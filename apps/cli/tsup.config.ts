import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

// One self-contained executable: every dependency, workspace packages included, is bundled
// from source (the @lmb/source condition), so `lmb` runs without node_modules.
// The percolation worker-thread script is a second entry, so that it sits beside lmb.js as
// dist/lattice-worker.js, where simulateLatticeParallel of @lmb/percolation/node looks for it;
// likewise the design-map worker of @lmb/cells/node (designMapParallel) as dist/design-map-worker.js.
export default defineConfig({
  entry: {
    lmb: "src/main.ts",
    "lattice-worker": "../../packages/percolation/src/node/latticeWorker.ts",
    "design-map-worker": "../../packages/cells/src/node/designMapWorker.ts",
  },
  format: ["esm"],
  platform: "node",
  target: "node20",
  noExternal: [/.*/],
  splitting: false,
  clean: true,
  sourcemap: false,
  // The version is fixed at build time (src/cliVersion.ts); vitest.config.ts does the same.
  define: { __LMB_CLI_VERSION__: JSON.stringify(version) },
  esbuildOptions(options) {
    options.conditions = ["@lmb/source", "import", "default"];
  },
  banner: {
    js: 'import { createRequire as __lmbCreateRequire } from "node:module"; const require = __lmbCreateRequire(import.meta.url);',
  },
});
