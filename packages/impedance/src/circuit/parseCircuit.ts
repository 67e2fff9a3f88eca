import { LmbError } from "@lmb/errors";
import { CIRCUIT_ELEMENTS, elementDefinition } from "../elements/elementRegistry.js";
import type { CircuitElementNode, CircuitNode } from "./circuitNode.js";

const KNOWN = Object.keys(CIRCUIT_ELEMENTS).join(", ");

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

function isSuffix(c: string | undefined): boolean {
  return c !== undefined && /[0-9_]/.test(c);
}

function describeChar(c: string | undefined): string {
  return c === undefined ? "the end of the circuit" : `"${c}"`;
}

function parseError(text: string, index: number, problem: string, fix: string): LmbError {
  const caret = `${text}\n${" ".repeat(index)}^`;
  return new LmbError("E_CIRCUIT_PARSE", `${problem}\n${caret}\n`, {
    location: { source: "circuit", column: index + 1 },
    fix,
    details: { circuit: text, index },
  });
}

/**
 * Parses an equivalent circuit written in impedance.py's syntax into a tree:
 *
 * - elements are a type and a number: `R0`, `CPE1`, `Wo_2` (type = the letters, see
 *   `CIRCUIT_ELEMENTS`; number = digits and underscores);
 * - `A-B` puts A and B in series; `p(A,B,…)` puts two or more branches in parallel; both nest
 *   freely, e.g. `R0-p(R1,CPE1)-p(R2-Wo1,C2)`;
 * - spaces between tokens are ignored; element names must be unique.
 *
 * Grammar: circuit = series; series = term ("-" term)*; term = "p(" series ("," series)+ ")" |
 * element. Source: impedance.py `CustomCircuit` (research/eis.md §1.2).
 *
 * @param text - the circuit string
 * @returns the circuit tree, with character positions
 * @throws LmbError `E_CIRCUIT_PARSE` with the 0-based character index (`details.index`, and
 *   `location.column` = index + 1), what was expected there, and a caret under the circuit; also
 *   for an unknown element type or a repeated element name
 * @example
 * const tree = parseCircuit("R0-p(R1,C1)");
 * tree.kind; // "series"
 */
export function parseCircuit(text: string): CircuitNode {
  if (typeof text !== "string") {
    throw new LmbError("E_CIRCUIT_PARSE", `the circuit is a ${typeof text}, not a string`, {
      location: { source: "circuit" },
      fix: 'give the circuit as a string such as "R0-p(R1,C1)"',
    });
  }
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const seen = new Map<string, number>();

  const element = (): CircuitElementNode => {
    const start = i;
    while (isLetter(text[i])) i++;
    const type = text.slice(start, i);
    const typeEnd = i;
    while (isSuffix(text[i])) i++;
    const name = text.slice(start, i);
    if (elementDefinition(type) === undefined) {
      const near = Object.keys(CIRCUIT_ELEMENTS).find(
        (k) => k.toLowerCase() === type.toLowerCase(),
      );
      throw parseError(
        text,
        start,
        `unknown element type "${type}" in "${name}"`,
        near !== undefined
          ? `element types are case-sensitive: write "${near}${name.slice(type.length)}"`
          : `use one of ${KNOWN}, or p(…, …) for a parallel block`,
      );
    }
    if (typeEnd === i) {
      throw parseError(
        text,
        i,
        `expected a number after element type "${type}", found ${describeChar(text[i])}`,
        `number every element, e.g. "${type}0" or "${type}_1"`,
      );
    }
    const first = seen.get(name);
    if (first !== undefined) {
      throw parseError(
        text,
        start,
        `element name "${name}" is used twice (first at character ${first})`,
        `give each element its own number, e.g. "${type}0", "${type}1"`,
      );
    }
    seen.set(name, start);
    return { kind: "element", name, type, start, end: i };
  };

  const term = (): CircuitNode => {
    skip();
    const c = text[i];
    if (c === "p") {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j] as string)) j++;
      if (text[j] === "(") {
        const start = i;
        i = j + 1;
        const children = [series()];
        skip();
        while (text[i] === ",") {
          i++;
          children.push(series());
          skip();
        }
        if (text[i] !== ")") {
          throw parseError(
            text,
            i,
            `expected "," or ")" in the parallel block opened at character ${start}, found ${describeChar(text[i])}`,
            'separate parallel branches with "," and close the block with ")"',
          );
        }
        if (children.length < 2) {
          throw parseError(
            text,
            start,
            "a parallel block p(…) needs at least two branches",
            'write p(A,B), e.g. "p(R1,C1)", or drop the p(…) around a single branch',
          );
        }
        i++;
        return { kind: "parallel", children, start, end: i };
      }
    }
    if (isLetter(c)) return element();
    throw parseError(
      text,
      i,
      `expected an element (e.g. "R0") or a parallel block "p(", found ${describeChar(c)}`,
      c === "-" || c === "," || c === ")" || c === undefined
        ? "remove the extra separator or add the missing element"
        : "elements are letters followed by a number; join them with - and p(…, …)",
    );
  };

  const series = (): CircuitNode => {
    const children = [term()];
    skip();
    while (text[i] === "-") {
      i++;
      children.push(term());
      skip();
    }
    if (children.length === 1) return children[0] as CircuitNode;
    const first = children[0] as CircuitNode;
    const last = children[children.length - 1] as CircuitNode;
    return { kind: "series", children, start: first.start, end: last.end };
  };

  skip();
  if (i === text.length) {
    throw parseError(text, 0, "the circuit is empty", 'write a circuit such as "R0-p(R1,C1)"');
  }
  const root = series();
  skip();
  if (i < text.length) {
    throw parseError(
      text,
      i,
      `unexpected ${describeChar(text[i])}; expected "-" or the end of the circuit`,
      text[i] === ")"
        ? 'remove the unmatched ")" or open a parallel block with "p("'
        : 'join elements with "-" (series) or p(…, …) (parallel)',
    );
  }
  return root;
}
