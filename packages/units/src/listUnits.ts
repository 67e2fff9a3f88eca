import type { Dimension } from "./Dimension.js";
import { UNIT_CATALOGUE } from "./internal/unitCatalogue.js";

/** One unit symbol the parser knows, as {@link listUnits} reports it. */
export interface UnitInfo {
  /** Canonical unicode symbol, e.g. "Ω". */
  readonly symbol: string;
  /** ASCII spelling, e.g. "Ohm". */
  readonly ascii: string;
  readonly name: string;
  readonly dimension: Dimension;
  /** Whether SI prefixes (p n µ/u m c k M G …) may be attached. */
  readonly prefixes: boolean;
  /** Other accepted spellings, e.g. ["Ohm", "ohm", "Ω" (U+2126)]. */
  readonly aliases: readonly string[];
}

/**
 * Every unit symbol the parser knows, for help texts and documentation.
 *
 * @example
 * listUnits().find((u) => u.symbol === "M")?.name; // "molar (mol/L)"
 */
export function listUnits(): readonly UnitInfo[] {
  return UNIT_CATALOGUE.map((u) => ({
    symbol: u.symbol,
    ascii: u.ascii,
    name: u.name,
    dimension: u.dimension,
    prefixes: u.prefixes,
    aliases: u.aliases,
  }));
}
