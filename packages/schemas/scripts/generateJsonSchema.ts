// Writes packages/schemas/json-schema/*.json from the zod schemas and removes stale files.
// Run with `pnpm --filter @lmb/schemas generate:json-schema`; a test fails when the committed
// files differ from what this writes.
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jsonSchemaFiles } from "../src/internal/jsonSchemaFiles.js";

const outDir = fileURLToPath(new URL("../json-schema/", import.meta.url));
const files = jsonSchemaFiles();

for (const existing of readdirSync(outDir)) {
  if (existing.endsWith(".json") && !(existing in files)) rmSync(`${outDir}${existing}`);
}
for (const [name, text] of Object.entries(files)) {
  writeFileSync(`${outDir}${name}`, text);
}
process.stdout.write(`wrote ${Object.keys(files).length} JSON Schema files to ${outDir}\n`);
