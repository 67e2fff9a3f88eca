import { defineConfig } from "tsup";

// One self-contained executable: every dependency, workspace packages included, is bundled
// from source (the @lmb/source condition), so `lmb` runs without node_modules.
export default defineConfig({
  entry: { lmb: "src/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  noExternal: [/.*/],
  splitting: false,
  clean: true,
  sourcemap: false,
  esbuildOptions(options) {
    options.conditions = ["@lmb/source", "import", "default"];
  },
  banner: {
    js: 'import { createRequire as __lmbCreateRequire } from "node:module"; const require = __lmbCreateRequire(import.meta.url);',
  },
});
