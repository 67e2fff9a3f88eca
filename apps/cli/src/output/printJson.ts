import type { z } from "zod";
import type { OutputStream } from "../CliIo.js";

/**
 * Validates `value` with the result's schema and prints it as indented JSON. A value that does
 * not match its schema is a bug in lmb, so this throws (zod's error) rather than print it.
 *
 * @example
 * printJson(io.stdout, UnitConversionResultSchema, result);
 */
export function printJson<S extends z.ZodType>(
  stream: OutputStream,
  schema: S,
  value: z.input<S>,
): void {
  const checked = schema.parse(value);
  stream.write(`${JSON.stringify(checked, null, 2)}\n`);
}
