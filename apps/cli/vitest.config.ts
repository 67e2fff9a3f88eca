import { readFileSync } from "node:fs";
import { defineLmbProject } from "@lmb/vitest-config";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

// Tests run the sources, so inject the version as tsup.config.ts does for the bundle.
export default defineLmbProject({ define: { __LMB_CLI_VERSION__: JSON.stringify(version) } });
