import { defineLibraryConfig } from "@lmb/tsup-config";

export default defineLibraryConfig({ node: "src/node.ts" });
