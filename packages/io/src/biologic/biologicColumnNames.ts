import { instrumentUnit } from "../headers/instrumentUnit.js";
import type { BiologicColumn } from "./biologicRaw.js";

/** An EC-Lab column header split into quantity name and unit text. */
export interface BiologicHeader {
  /** Quantity, e.g. `"Ewe"`, `"Q charge/discharge"`, `"cycle number"`. */
  name: string;
  /** Unit text as written (`"mA.h"`), `"1"` for counters and flags. */
  unit: string;
}

/**
 * Splits an EC-Lab header `quantity/unit` at its **last** slash when what follows is a unit
 * (`"Q charge/discharge/mA.h"` → `Q charge/discharge` + `mA.h`); headers without a unit
 * (`"cycle number"`, `"half cycle"`, `"Ns"`) get unit `"1"`.
 *
 * @example
 * splitBiologicHeader("(Q-Qo)/mA.h"); // { name: "(Q-Qo)", unit: "mA.h" }
 */
export function splitBiologicHeader(header: string): BiologicHeader {
  const trimmed = header.trim();
  const slash = trimmed.lastIndexOf("/");
  if (slash > 0 && slash < trimmed.length - 1) {
    const unit = trimmed.slice(slash + 1).trim();
    if (instrumentUnit(unit) !== undefined) return { name: trimmed.slice(0, slash).trim(), unit };
  }
  return { name: trimmed, unit: "1" };
}

/**
 * Dataset column → EC-Lab quantity names that can fill it, in order of preference. One table for
 * `.mpr` (names from the column-ID table) and `.mpt` (names from the header line), so both readers
 * map a run identically. Units come from the header and are converted to SI by the builder.
 */
export const BIOLOGIC_NAME_MAP = {
  cycling: {
    time: ["time"],
    voltage: ["Ewe", "Ecell", "<Ewe>", "<Ecell>", "Ewe-Ece"],
    current: ["I", "<I>"],
    stepTime: ["step time"],
    capacity: ["(Q-Qo)"],
    chargeCapacity: ["Q charge"],
    dischargeCapacity: ["Q discharge"],
    energy: ["|Energy|", "Energy"],
    chargeEnergy: ["Energy charge"],
    dischargeEnergy: ["Energy discharge"],
    power: ["P"],
    step: ["Ns"],
    cycle: ["cycle number"],
    halfCycle: ["half cycle"],
    temperature: ["Temperature", "T"],
    counterVoltage: ["Ece", "<Ece>"],
  },
  impedance: {
    frequency: ["freq"],
    zReal: ["Re(Z)"],
    zImag: ["-Im(Z)"],
    time: ["time"],
    temperature: ["Temperature", "T"],
    bias: ["<Ewe>", "Ewe", "<Ecell>", "Ecell"],
    dcCurrent: ["<I>", "I"],
    cycle: ["z cycle", "cycle number"],
  },
  voltammogram: {
    potential: ["Ewe", "<Ewe>", "Ecell", "Ewe-Ece"],
    current: ["<I>", "I"],
    time: ["time"],
    cycle: ["cycle number"],
  },
  transient: {
    time: ["time"],
    current: ["I", "<I>"],
    potential: ["Ewe", "<Ewe>", "Ecell"],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/** The dataset kinds a BioLogic file can become. */
export type BiologicKind = keyof typeof BIOLOGIC_NAME_MAP;

/**
 * Finds the first column whose quantity name is one of `names` (in the order of `names`).
 *
 * @example
 * findBiologicColumn(raw.columns, ["Ewe", "Ecell"])?.header; // "Ewe/V"
 */
export function findBiologicColumn(
  columns: readonly BiologicColumn[],
  names: readonly string[],
): (BiologicColumn & BiologicHeader) | undefined {
  for (const name of names) {
    for (const column of columns) {
      const split = splitBiologicHeader(column.header);
      if (split.name === name) {
        return {
          ...split,
          header: column.header,
          get values(): Float64Array {
            return column.values;
          },
        };
      }
    }
  }
  return undefined;
}
