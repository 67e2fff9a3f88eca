import { LmbError } from "@lmb/errors";
import type { z } from "zod";

/** Options of {@link parseWithSchema}. */
export interface ParseWithSchemaOptions {
  /** Where the value came from (file path, `"stdin"`, a form name); becomes the error's location. */
  source?: string;
  /** What the value is, for the message, e.g. `"demo protocol"`. @default "input" */
  what?: string;
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    text += typeof key === "number" ? `[${key}]` : `${text === "" ? "" : "."}${String(key)}`;
  }
  return text === "" ? "(root)" : text;
}

/**
 * Validates `value` with a zod schema and returns the parsed value, or throws an `LmbError`
 * with code `E_SCHEMA` whose problem lists every failing field as `path: message`
 * (e.g. `symmetricCell.currentDensity: E_UNIT_MISMATCH: …`). The raw zod issues are in
 * `details.issues`. Use it where data enters lmb (files, stdin, forms) so a user sees the field
 * to fix, not a stack trace.
 *
 * @param schema - Any zod schema.
 * @param value - The untrusted value (e.g. the result of `JSON.parse`).
 * @throws LmbError `E_SCHEMA`.
 * @example
 * const protocol = parseWithSchema(DemoProtocolSchema, JSON.parse(text), {
 *   source: "protocol.json",
 *   what: "demo protocol",
 * });
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  value: unknown,
  options: ParseWithSchemaOptions = {},
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { issues } = result.error;
  const lines = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const what = options.what ?? "input";
  throw new LmbError("E_SCHEMA", `invalid ${what}: ${lines.join("; ")}`, {
    ...(options.source === undefined ? {} : { location: { source: options.source } }),
    fix: `correct the field${issues.length === 1 ? "" : "s"} named above`,
    details: { issues },
  });
}
