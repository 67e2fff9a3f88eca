import { isLmbError } from "@lmb/errors";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseWithSchema } from "./parseWithSchema.js";

const Schema = z.strictObject({
  cell: z.strictObject({ area: z.number() }),
  runs: z.array(z.string()),
});

describe("parseWithSchema", () => {
  it("returns the parsed value", () => {
    expect(parseWithSchema(Schema, { cell: { area: 1 }, runs: ["a"] })).toEqual({
      cell: { area: 1 },
      runs: ["a"],
    });
  });

  it("throws E_SCHEMA listing every failing field by path, with the source as location", () => {
    let caught: unknown;
    try {
      parseWithSchema(
        Schema,
        { cell: { area: "1" }, runs: [2] },
        { source: "cell.json", what: "cell" },
      );
    } catch (error) {
      caught = error;
    }
    expect(isLmbError(caught)).toBe(true);
    expect(caught).toMatchObject({
      code: "E_SCHEMA",
      problem:
        "invalid cell: cell.area: Invalid input: expected number, received string; runs[0]: Invalid input: expected string, received number",
      location: { source: "cell.json" },
      fix: "correct the fields named above",
    });
  });

  it("names the root for a value of the wrong type", () => {
    expect(() => parseWithSchema(Schema, 3)).toThrow(/invalid input: \(root\): /);
  });
});
