import { defineLibraryConfig } from "@lmb/tsup-config";

// The design-map worker script is its own entry so that it sits beside dist/node.{js,cjs} as
// dist/design-map-worker.{js,cjs}, where designMapParallel looks for it.
export default defineLibraryConfig({
  node: "src/node.ts",
  "design-map-worker": "src/node/designMapWorker.ts",
});
