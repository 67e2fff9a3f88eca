import { LmbError } from "@lmb/errors";
import type { Dimension } from "../Dimension.js";
import { parseUnit } from "../parseUnit.js";
import type { Unit } from "../Unit.js";

/** A dimension lmb has a name for, its SI unit symbol and the unit researchers use for it. */
export interface NamedDimension {
  readonly name: string;
  readonly dimension: Dimension;
  readonly siUnit: Unit;
  readonly customaryUnit: Unit;
}

// [name, SI unit (named derived units where SI has them), customary unit]
const NAMES: readonly (readonly [string, string, string])[] = [
  ["dimensionless", "1", "1"],
  ["length", "m", "µm"],
  ["area", "m2", "cm2"],
  ["volume", "m3", "cm3"],
  ["mass", "kg", "mg"],
  ["time", "s", "h"],
  ["frequency", "Hz", "Hz"],
  ["current", "A", "mA"],
  ["temperature", "K", "°C"],
  ["amount of substance", "mol", "mol"],
  ["luminous intensity", "cd", "cd"],
  ["current density", "A m-2", "mA cm-2"],
  ["specific current", "A kg-1", "mA g-1"],
  ["charge", "C", "mAh"],
  ["areal capacity", "C m-2", "mAh cm-2"],
  ["specific capacity", "C kg-1", "mAh g-1"],
  ["volumetric capacity", "C m-3", "mAh cm-3"],
  ["molar charge", "C mol-1", "C mol-1"],
  ["voltage", "V", "V"],
  ["scan rate", "V s-1", "mV s-1"],
  ["resistance", "Ω", "Ω"],
  ["area-specific resistance", "Ω m2", "Ω cm2"],
  ["resistivity", "Ω m", "Ω cm"],
  ["conductance", "S", "mS"],
  ["conductivity", "S m-1", "mS cm-1"],
  ["capacitance", "F", "µF"],
  ["areal capacitance", "F m-2", "µF cm-2"],
  ["inductance", "H", "µH"],
  ["energy", "J", "J"],
  ["power", "W", "mW"],
  ["molar energy", "J mol-1", "kJ mol-1"],
  ["molar entropy", "J mol-1 K-1", "J mol-1 K-1"],
  ["heat capacity", "J K-1", "J K-1"],
  ["specific energy", "J kg-1", "Wh kg-1"],
  ["surface energy", "J m-2", "J m-2"],
  ["force", "N", "N"],
  ["pressure", "Pa", "MPa"],
  ["areal mass", "kg m-2", "mg cm-2"],
  ["density", "kg m-3", "g cm-3"],
  ["molar mass", "kg mol-1", "g mol-1"],
  ["molar volume", "m3 mol-1", "cm3 mol-1"],
  ["concentration", "mol m-3", "M"],
  ["reciprocal amount", "mol-1", "mol-1"],
  ["diffusion coefficient", "m2 s-1", "cm2 s-1"],
  ["velocity", "m s-1", "m s-1"],
  ["areal number density", "m-2", "cm-2"],
  ["number density", "m-3", "cm-3"],
];

let byKey: Map<string, NamedDimension> | undefined;
let byName: Map<string, NamedDimension> | undefined;

function load(): void {
  byKey = new Map();
  byName = new Map();
  for (const [name, si, customary] of NAMES) {
    const siUnit = parseUnit(si);
    const entry: NamedDimension = {
      name,
      dimension: siUnit.dimension,
      siUnit,
      customaryUnit: parseUnit(customary),
    };
    byKey.set(siUnit.dimension.join(","), entry);
    byName.set(name, entry);
  }
}

/** The named entry for a dimension, if lmb has one. */
export function findNamedDimension(d: Dimension): NamedDimension | undefined {
  if (!byKey) load();
  return byKey?.get(d.join(","));
}

/** The named entry for a name such as "current density" (throws for an unknown name: a bug). */
export function namedDimension(name: string): NamedDimension {
  if (!byName) load();
  const entry = byName?.get(name);
  if (!entry) {
    throw new LmbError("E_INVALID_ARGUMENT", `no dimension named "${name}"`, {
      fix: `use one of: ${NAMES.map(([n]) => n).join(", ")}`,
    });
  }
  return entry;
}

/** Every named dimension, for listings and tests. */
export function allNamedDimensions(): NamedDimension[] {
  if (!byKey) load();
  return [...(byKey?.values() ?? [])];
}
