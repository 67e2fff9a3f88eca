import { jsonSchemas } from "../jsonSchemas.js";

/**
 * The contents of `json-schema/*.json` as the code generates them: file name → text (two-space
 * JSON with a trailing newline). Used by the generator script and by the test that keeps the
 * committed files from drifting.
 *
 * @example
 * jsonSchemaFiles()["Quantity.json"]; // '{\n  "$schema": …'
 */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    files[`${name}.json`] = `${JSON.stringify(schema, null, 2)}\n`;
  }
  return files;
}
