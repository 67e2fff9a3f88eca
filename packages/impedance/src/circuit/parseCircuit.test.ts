import { isLmbError, type LmbError } from "@lmb/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CIRCUIT_ELEMENTS } from "../elements/elementRegistry.js";
import { type CircuitNode, circuitElements, formatCircuit } from "./circuitNode.js";
import { parseCircuit } from "./parseCircuit.js";

function parseFailure(text: string): LmbError {
  try {
    parseCircuit(text);
  } catch (error) {
    if (isLmbError(error)) return error;
    throw error;
  }
  throw new Error(`"${text}" parsed`);
}

describe("parseCircuit (impedance.py syntax, research/eis.md §1.2)", () => {
  it("parses series, parallel and nesting, with element types and positions", () => {
    const tree = parseCircuit("R0-p(R1,C1)-p(R2-Wo1,C2)");
    expect(formatCircuit(tree)).toBe("R0-p(R1,C1)-p(R2-Wo1,C2)");
    expect(tree.kind).toBe("series");
    expect(circuitElements(tree).map((e) => [e.name, e.type, e.start])).toEqual([
      ["R0", "R", 0],
      ["R1", "R", 5],
      ["C1", "C", 8],
      ["R2", "R", 14],
      ["Wo1", "Wo", 17],
      ["C2", "C", 21],
    ]);
  });

  it("accepts single elements, underscores, spaces and impedance.py's docs circuits", () => {
    expect(parseCircuit("R0")).toEqual({
      kind: "element",
      name: "R0",
      type: "R",
      start: 0,
      end: 2,
    });
    for (const [input, canonical] of [
      ["R_0 - p(R_1, CPE_1)", "R_0-p(R_1,CPE_1)"],
      ["p(C1,R1)-p(C2,R2)", "p(C1,R1)-p(C2,R2)"],
      ["R0-p(p(R1,C1)-R2,C2)", "R0-p(p(R1,C1)-R2,C2)"],
      ["L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)", "L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)"],
      ["R0-p(R1,CPE1)-p(R2,CPE2)-Wo1", "R0-p(R1,CPE1)-p(R2,CPE2)-Wo1"],
      [" p ( R1 , C1 , L1 ) ", "p(R1,C1,L1)"],
      ["Ws1-Gs2-La3-G4-K5-Zarc6-W7", "Ws1-Gs2-La3-G4-K5-Zarc6-W7"],
    ] as const) {
      expect(formatCircuit(parseCircuit(input))).toBe(canonical);
    }
  });

  it.each([
    ["", 0, "empty"],
    ["R0-", 3, 'expected an element (e.g. "R0") or a parallel block "p(", found the end'],
    ["R0-p(R1,,C1)", 8, 'found ","'],
    ["R0-p(R1,C1", 10, 'expected "," or ")"'],
    ["R0-p(R1)", 3, "at least two branches"],
    ["R0)", 2, 'unexpected ")"'],
    ["R0-X1", 3, 'unknown element type "X"'],
    ["R0-cpe1", 3, 'unknown element type "cpe"'],
    ["R0-R", 4, 'expected a number after element type "R"'],
    ["R0-p(R1,C1)-R0", 12, 'element name "R0" is used twice'],
    ["R0 C1", 3, 'expected "-"'],
    ["R0-3", 3, 'found "3"'],
  ])("rejects %j with E_CIRCUIT_PARSE at index %i (%s)", (text, index, expected) => {
    const error = parseFailure(text);
    expect(error.code).toBe("E_CIRCUIT_PARSE");
    expect(error.details?.index).toBe(index);
    expect(error.location?.column).toBe(index + 1);
    expect(error.problem).toContain(expected);
    expect(error.fix).toBeTruthy();
  });

  it("suggests the right case for a mistyped element type", () => {
    expect(parseFailure("R0-cpe1").fix).toContain('"CPE1"');
  });

  it("draws a caret under the offending character", () => {
    expect(parseFailure("R0-p(R1,,C1)").message).toContain("R0-p(R1,,C1)\n        ^");
  });

  const types = Object.keys(CIRCUIT_ELEMENTS);
  const tree: fc.Arbitrary<CircuitNode> = fc.letrec<{ node: CircuitNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc
        .constantFrom(...types)
        .map((type) => ({ kind: "element", name: type, type, start: 0, end: 0 }) as CircuitNode),
      fc
        .array(tie("node"), { minLength: 2, maxLength: 3 })
        .map((children) => ({ kind: "series", children, start: 0, end: 0 }) as CircuitNode),
      fc
        .array(tie("node"), { minLength: 2, maxLength: 3 })
        .map((children) => ({ kind: "parallel", children, start: 0, end: 0 }) as CircuitNode),
    ),
  })).node;

  /** Numbers the elements uniquely, as a user would. */
  function numbered(text: string): string {
    let k = 0;
    return text.replace(/[A-Za-z]+(?=[-,)]|$)/g, (type) => (type === "p" ? type : `${type}${k++}`));
  }

  it("round-trips random circuits: format(parse(s)) = s (property test)", () => {
    fc.assert(
      fc.property(tree, (node) => {
        const text = numbered(formatCircuit(node));
        expect(formatCircuit(parseCircuit(text))).toBe(text);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("never throws anything but E_CIRCUIT_PARSE on arbitrary input (property test)", () => {
    const chars = fc.constantFrom(..."RCLWopsGaKZrcPE0123456789_-,() ".split(""));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (cs) => {
        const text = cs.join("");
        try {
          const node = parseCircuit(text);
          // Whatever parses formats back to itself without spaces.
          expect(formatCircuit(node)).toBe(text.replace(/\s/g, ""));
        } catch (error) {
          expect(isLmbError(error) && error.code === "E_CIRCUIT_PARSE").toBe(true);
          const index = (error as LmbError).details?.index as number;
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
