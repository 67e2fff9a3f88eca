import { LmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LmbErrorJsonSchema } from "./lmbErrorJsonSchema.js";

describe("LmbErrorJsonSchema", () => {
  it("accepts LmbError.toJSON()", () => {
    const error = new LmbError("E_UNIT_PARSE", 'unknown unit "mAhh"', {
      location: { source: "--capacity", column: 3 },
      fix: 'write a unit such as "mAh cm-2"',
    });
    expect(LmbErrorJsonSchema.parse(error.toJSON())).toEqual(error.toJSON());
  });

  it("accepts the JSON of any LmbError with a well-formed code (property)", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^E_[A-Z0-9_]{1,20}$/),
        fc.string({ minLength: 1 }),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
        (code, problem, fix, line) => {
          const error = new LmbError(code, problem, {
            ...(fix === undefined ? {} : { fix }),
            ...(line === undefined ? {} : { location: { source: "run.mpt", line } }),
          });
          expect(LmbErrorJsonSchema.safeParse(error.toJSON()).success).toBe(true);
        },
      ),
    );
  });

  it("rejects malformed codes, zero lines and unknown keys", () => {
    const base = { code: "E_X", message: "E_X: x", problem: "x" };
    expect(LmbErrorJsonSchema.safeParse({ ...base, code: "unit-parse" }).success).toBe(false);
    expect(LmbErrorJsonSchema.safeParse({ ...base, location: { line: 0 } }).success).toBe(false);
    expect(LmbErrorJsonSchema.safeParse({ ...base, stack: "…" }).success).toBe(false);
  });
});
