/**
 * Writes the simulated experiments of `lmb demo` into `examples/demo/` (the real files there
 * are copied by hand, see `examples/demo/ATTRIBUTION.md`). Seeded: running it again writes the
 * same bytes. Run: `pnpm --filter @lmb/cli generate:demo-data`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { simulateDemoFiles } from "./demo/simulateDemoFiles.js";

const folder = new URL("../examples/demo/", import.meta.url);
mkdirSync(folder, { recursive: true });
for (const file of simulateDemoFiles()) {
  writeFileSync(new URL(file.name, folder), file.bytes);
  process.stdout.write(`${file.name}  ${(file.bytes.length / 1024).toFixed(0)} KiB\n`);
}
