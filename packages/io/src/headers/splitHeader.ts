import type { Unit } from "@lmb/units";
import { instrumentUnit } from "./instrumentUnit.js";

/** A column header split into its name and unit. */
export interface SplitHeader {
  /** The header as written, trimmed. */
  header: string;
  /** The name part, e.g. `Current` from `Current (mA)`. */
  name: string;
  /** The unit text as written, e.g. `mA`; `""` when the header has none. */
  unitText: string;
  /** The parsed unit, if the unit text is one lmb knows. */
  unit: Unit | undefined;
}

// "Name (unit)", "Name [unit]", "Name(unit)" — the unit in the last bracket pair.
const BRACKETED = /^(.*?)\s*[([]\s*([^()[\]]*)\s*[)\]]\s*$/;

/**
 * Splits a column header into name and unit, for the notations cyclers and people write:
 * `Voltage (V)`, `Current [A]`, `Current(µA)`, `I (mA/cm2)`, `Test Time / h` (BDF), `Ewe/V`,
 * `(Q-Qo)/mA.h` (EC-Lab), `time/s`, `Spec. Cap.(mAh/g)`. The unit after the last `/` is taken
 * only if it parses, so `dQ/dV` stays a name.
 *
 * @example
 * splitHeader("Test Time / h"); // { name: "Test Time", unitText: "h", unit: h, … }
 * splitHeader("I (mA/cm2)").unit?.symbol; // "mA cm⁻²"
 */
export function splitHeader(raw: string): SplitHeader {
  const header = raw.trim().replace(/^"|"$/g, "");
  const bracketed = BRACKETED.exec(header);
  if (bracketed && bracketed[1] !== "") {
    const unitText = (bracketed[2] as string).trim();
    return {
      header,
      name: (bracketed[1] as string).trim(),
      unitText,
      unit: instrumentUnit(unitText),
    };
  }
  const spaced = header.lastIndexOf(" / ");
  if (spaced > 0) {
    const unitText = header.slice(spaced + 3).trim();
    const unit = instrumentUnit(unitText);
    if (unit) return { header, name: header.slice(0, spaced).trim(), unitText, unit };
  }
  const slash = header.lastIndexOf("/");
  // "dQ/dV" is a derivative, not Q in decivolts.
  const derivative = /^d\w/.test(header) && header[slash + 1] === "d";
  if (slash > 0 && slash < header.length - 1 && !derivative) {
    const unitText = header.slice(slash + 1).trim();
    const unit = instrumentUnit(unitText);
    if (unit) return { header, name: header.slice(0, slash).trim(), unitText, unit };
  }
  return { header, name: header, unitText: "", unit: undefined };
}
