import { DATASET_COLUMNS, type DatasetKind } from "@lmb/schemas";
import { dimensionsEqual, parseUnit, type Unit } from "@lmb/units";

/** Lower-cases and strips punctuation so `Test_Time`, `Test Time`, `test-time` compare equal. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[_\-.#]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Names (normalised) that cyclers, potentiostats and people give each dataset column. Order
// within a kind matters only for documentation; matching is exact on the normalised name.
const ALIASES: Readonly<Record<DatasetKind, Readonly<Record<string, readonly string[]>>>> = {
  cycling: {
    time: [
      "time",
      "test time",
      "total time",
      "testtime",
      "run time",
      "elapsed time",
      "t",
      "time s",
      "record time",
    ],
    stepTime: ["step time", "steptime"],
    voltage: [
      "voltage",
      "potential",
      "ewe",
      "ecell",
      "volts",
      "v",
      "u",
      "cell voltage",
      "e",
      "<ewe>",
      "voltage v",
    ],
    current: ["current", "i", "amps", "<i>", "cell current", "current a"],
    capacity: ["capacity", "cap", "(q qo)", "q qo", "amp hr", "cap ", "charge"],
    chargeCapacity: ["charge capacity", "chg cap", "q charge", "chargecapacity"],
    dischargeCapacity: ["discharge capacity", "dchg cap", "q discharge", "dischargecapacity"],
    energy: ["energy", "watt hr", "ener", "|energy|"],
    chargeEnergy: ["charge energy", "chg energy", "energy charge"],
    dischargeEnergy: ["discharge energy", "dchg energy", "energy discharge"],
    power: ["power", "p"],
    step: ["step", "step index", "ns", "step number", "step id"],
    stepCount: ["step count"],
    cycle: ["cycle", "cycle index", "cycle number", "cyc", "cycle count", "cycle no"],
    halfCycle: ["half cycle"],
    temperature: ["temperature", "temp", "temperature 1", "aux temperature"],
    counterVoltage: ["ece", "counter voltage"],
  },
  impedance: {
    frequency: ["frequency", "freq", "f"],
    zReal: ["z'", "zre", "rez", "re(z)", "z real", "zreal", "real", "z re", "re z", "z′"],
    zImag: [
      "z''",
      "zim",
      "im(z)",
      "z imag",
      "zimag",
      "imag",
      "z im",
      "im z",
      "z″",
      "zimg",
      "imz",
      "-im(z)",
      "-z''",
      "-zim",
      "-z″",
    ],
    time: ["time"],
    temperature: ["temperature", "temp"],
    bias: ["bias", "dc potential", "ewe"],
    dcCurrent: ["dc current", "i"],
    cycle: ["cycle", "z cycle", "cycle number"],
  },
  voltammogram: {
    potential: ["potential", "ewe", "e", "voltage", "v", "<ewe>"],
    current: ["current", "i", "<i>"],
    time: ["time", "t"],
    cycle: ["cycle", "cycle number", "scan"],
  },
  transient: {
    time: ["time", "t"],
    current: ["current", "i", "<i>"],
    currentDensity: ["current density", "j"],
    potential: ["potential", "ewe", "e", "voltage"],
  },
  conductivity: {
    temperature: ["temperature", "temp", "t"],
    conductivity: ["conductivity", "sigma", "σ"],
    resistance: ["resistance", "r", "rb", "r bulk"],
  },
};

/**
 * Which dataset column a file column is, from its name (see `splitHeader`) and, when the name
 * alone is ambiguous (`V`, `t`, `I`), its unit's dimension. Returns `undefined` when nothing
 * matches; the caller may ask the user for a mapping.
 *
 * @param kind - The dataset kind being built.
 * @param name - The header's name part, e.g. `Test Time`.
 * @param unit - The header's unit, if any; a unit of the wrong dimension vetoes the match.
 * @example
 * matchColumn("cycling", "Test Time", parseUnit("h")); // "time"
 * matchColumn("cycling", "Current", parseUnit("mA cm-2")); // undefined — a current density is not a current
 */
export function matchColumn(kind: DatasetKind, name: string, unit?: Unit): string | undefined {
  const normalized = normalizeName(name);
  for (const [key, names] of Object.entries(ALIASES[kind])) {
    if (!names.includes(normalized)) continue;
    if (unit === undefined || unitFits(kind, key, unit)) return key;
  }
  return undefined;
}

function unitFits(kind: DatasetKind, key: string, unit: Unit): boolean {
  const spec = DATASET_COLUMNS[kind][key];
  if (spec === undefined) return false;
  return dimensionsEqual(parseUnit(spec.unit).dimension, unit.dimension);
}
