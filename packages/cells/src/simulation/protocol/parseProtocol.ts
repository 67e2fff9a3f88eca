import { LmbError } from "@lmb/errors";
import type { CellProtocol } from "@lmb/schemas";
import { expandProtocolNodes } from "./expandProtocol.js";
import { parseProtocolNodes } from "./parseProtocolNodes.js";
import { PROTOCOL_PARSE_ERROR } from "./protocolError.js";

/** Longest protocol text accepted, in characters. */
export const MAX_PROTOCOL_TEXT_LENGTH = 100_000;

/**
 * Parses a cell protocol written in lmb's text syntax (PyBaMM's experiment strings, extended
 * for Li metal) and expands it into the steps of a {@link CellProtocol}, in SI (A m⁻², A, h⁻¹,
 * s, C m⁻², C, V).
 *
 * Grammar (case-insensitive; steps separated by `,`, `;` or new lines):
 * - `Plate|Strip|Charge|Discharge at <current> <limit> [or <limit> …]`: current `0.5 mA cm-2`,
 *   `5 A m-2`, `50 µA cm-2`, `1 mA`, `C/10`, `2C`; limit `for 1 h` / `for 1 h 30 min`,
 *   `for 1 mAh cm-2` (areal), `for 1 mAh` (absolute), `until 1 V` / `until -500 mV`.
 * - `Rest for <duration>`.
 * - `( … ) x n` repeats a group (nested groups allowed); `… x n` at the end of a line repeats
 *   the whole line.
 * - `Ramp plate/strip from <j₀> by <Δj> to <j₁> for <limit> [each] [x n]`, or
 *   `… from <j₀> times <f> to <j₁> …`: a CCD step-increase ladder, n cycles per rung, tagged
 *   `ccd-rung`.
 * - `Reservoir at <j>: <Q_T>, <Q_C> x n, cut-off <V>[, no formation]`: the Li‖Cu reservoir
 *   protocol of Adams et al., Adv. Energy Mater. 8 (2018) 1702097, tagged
 *   `reservoir-formation`, `reservoir-plate`, `reservoir-cycle`, `reservoir-final-strip`.
 *
 * Cycles: the counter starts at 0 and advances at each repeat iteration (see the README).
 *
 * @param text - the protocol
 * @returns the text and its expanded steps
 * @throws LmbError `E_PROTOCOL_PARSE` (a word where another was expected) or
 *   `E_PROTOCOL_INVALID` (zero or negative current, duration or capacity; repeat count not a
 *   whole number ≥ 1; more than 1 000 000 steps); the message names the word, its line and
 *   column, shows the line with a caret and says what was expected
 * @example
 * parseProtocol("(Plate at 1 mA cm-2 for 1 h, Strip at 1 mA cm-2 for 1 h) x 100").steps.length; // 200
 * parseProtocol("Strip at 0.5 mA cm-2 until 1 V").steps[0];
 * // { kind: "galvanostatic", direction: "strip", current: { kind: "density", value: 5 },
 * //   limits: [{ kind: "voltage", volts: 1 }], cycle: 0, tags: [], source: { … } }
 */
export function parseProtocol(text: string): CellProtocol {
  if (typeof text !== "string")
    throw new LmbError(PROTOCOL_PARSE_ERROR, `a protocol must be a string, got ${typeof text}`, {
      fix: "pass the protocol text, e.g. 'Plate at 0.5 mA cm-2 for 1 h'",
    });
  if (text.length > MAX_PROTOCOL_TEXT_LENGTH)
    throw new LmbError(
      PROTOCOL_PARSE_ERROR,
      `protocol text longer than ${MAX_PROTOCOL_TEXT_LENGTH} characters`,
      {
        fix: "use repeats ('( … ) x n') instead of writing steps out",
      },
    );
  const nodes = parseProtocolNodes(text);
  return { text, steps: expandProtocolNodes(text, nodes) };
}
