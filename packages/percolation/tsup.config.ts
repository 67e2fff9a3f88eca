import { defineLibraryConfig } from "@lmb/tsup-config";

// The worker script is its own entry so that it sits beside dist/node.{js,cjs} as
// dist/lattice-worker.{js,cjs}, where simulateLatticeParallel looks for it.
export default defineLibraryConfig({
  node: "src/node.ts",
  "lattice-worker": "src/node/latticeWorker.ts",
});
