import { z } from "zod";

/**
 * Where in an input a problem was found (mirrors `LmbErrorLocation` of `@lmb/errors`): a file,
 * a CLI flag or a field path, and optionally a 1-based line and column.
 *
 * @example
 * LmbErrorLocationSchema.parse({ source: "--capacity", column: 3 });
 */
export const LmbErrorLocationSchema = z
  .strictObject({
    source: z.string().optional().describe('File path, CLI flag ("--current") or field path.'),
    line: z.int().positive().optional().describe("1-based line."),
    column: z.int().positive().optional().describe("1-based column."),
    offset: z.int().nonnegative().optional().describe("0-based byte offset in a binary file."),
  })
  .meta({ title: "LmbErrorLocation" });

/**
 * An error as lmb prints it in JSON (`LmbError.toJSON()`; the CLI writes it to stderr when
 * `--json` is given): a stable `code` (`E_UNIT_PARSE`, `E_UNIT_MISMATCH`, `E_USAGE`, …), the
 * full `message`, the `problem` alone, and where present its `location` and `fix`.
 *
 * @example
 * LmbErrorJsonSchema.parse(new LmbError("E_UNIT_PARSE", 'unknown unit "mAhh"').toJSON());
 */
export const LmbErrorJsonSchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^E_[A-Z0-9_]+$/, "an lmb error code looks like E_UNIT_PARSE")
      .describe("Stable, machine-readable code; safe to branch on."),
    message: z.string().min(1).describe("The whole message: problem, location and fix."),
    problem: z.string().min(1).describe("What was wrong, without location and fix."),
    location: LmbErrorLocationSchema.optional().describe("Where the problem is."),
    fix: z.string().optional().describe("What to do about it."),
  })
  .meta({ title: "LmbErrorJson", description: "An lmb error printed as JSON." });

/**
 * An error in JSON form ({@link LmbErrorJsonSchema}).
 *
 * @example
 * const error: LmbErrorJson = LmbErrorJsonSchema.parse(JSON.parse(stderr));
 */
export type LmbErrorJson = z.infer<typeof LmbErrorJsonSchema>;
