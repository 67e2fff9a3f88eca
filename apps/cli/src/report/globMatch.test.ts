import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { globMatch } from "./globMatch.js";

describe("globMatch", () => {
  it("matches paths, single-folder and cross-folder wildcards", () => {
    expect(globMatch("cell3/run.mpt", "cell3/run.mpt")).toBe(true);
    expect(globMatch("cell3/run.mpt", "cell4/run.mpt")).toBe(false);
    expect(globMatch("eis/*.mpt", "eis/25C.mpt")).toBe(true);
    expect(globMatch("eis/*.mpt", "eis/a/25C.mpt")).toBe(false);
    expect(globMatch("eis/**", "eis/a/b/25C.mpt")).toBe(true);
    expect(globMatch("**/25C.mpt", "25C.mpt")).toBe(true);
    expect(globMatch("li-cu-?.csv", "li-cu-3.csv")).toBe(true);
    expect(globMatch("*.mpt", "cell3/run.mpt")).toBe(true);
    expect(globMatch("*.mpt", "cell3/run.csv")).toBe(false);
    expect(globMatch("run(1).csv", "run(1).csv")).toBe(true);
  });

  it("a literal path always matches itself (property)", () => {
    // Discovered paths have no hidden (dot-first) segments.
    const segment = fc.stringMatching(/^[A-Za-z0-9_ ()+-][A-Za-z0-9_. ()+-]{0,11}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (parts) => {
        const path = parts.join("/");
        expect(globMatch(path, path)).toBe(true);
        expect(globMatch("**", path)).toBe(true);
      }),
    );
  });
});
