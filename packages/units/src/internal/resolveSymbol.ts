import type { Dimension } from "../Dimension.js";
import { type CatalogueUnit, PREFIXES, UNIT_CATALOGUE } from "./unitCatalogue.js";

/** A unit token read as (prefix +) catalogue unit. */
export interface ResolvedSymbol {
  /** Canonical unicode spelling, e.g. "µm", "kΩ", "°C". */
  readonly symbol: string;
  /** ASCII spelling the parser reads back, e.g. "um", "kOhm", "degC". */
  readonly ascii: string;
  readonly scale: number;
  readonly pow10: number;
  readonly offset: number;
  readonly dimension: Dimension;
  readonly unit: CatalogueUnit;
}

/** What a token means: one unit, several (ambiguous), a deliberate refusal, or nothing. */
export type Resolution =
  | { readonly kind: "unit"; readonly unit: ResolvedSymbol }
  | { readonly kind: "ambiguous"; readonly readings: readonly ResolvedSymbol[] }
  | { readonly kind: "rejected"; readonly reason: string; readonly fix: string }
  | { readonly kind: "unknown" };

/** Tokens that look like units but must not be read as one. */
const REJECTED: Readonly<Record<string, { reason: string; fix: string }>> = {
  pH: {
    reason: "would read as picohenry",
    fix: "give pH values as plain numbers (no unit)",
  },
  "wt%": {
    reason: "is a composition, not a unit",
    fix: "give the mass fraction as a number or in %",
  },
  "at%": {
    reason: "is a composition, not a unit",
    fix: "give the atomic fraction as a number or in %",
  },
  "vol%": {
    reason: "is a composition, not a unit",
    fix: "give the volume fraction as a number or in %",
  },
  "°F": {
    reason: "is Fahrenheit, which lmb does not support",
    fix: "give the temperature in °C or K",
  },
  degF: {
    reason: "is Fahrenheit, which lmb does not support",
    fix: "give the temperature in °C or K",
  },
};

let table: Map<string, ResolvedSymbol[]> | undefined;

function build(): Map<string, ResolvedSymbol[]> {
  const exact = new Map<string, ResolvedSymbol[]>();
  const prefixed = new Map<string, ResolvedSymbol[]>();
  for (const u of UNIT_CATALOGUE) {
    const plain: ResolvedSymbol = {
      symbol: u.symbol,
      ascii: u.ascii,
      scale: u.scale,
      pow10: u.pow10,
      offset: u.offset,
      dimension: u.dimension,
      unit: u,
    };
    for (const spelling of [u.symbol, ...u.aliases]) exact.set(spelling, [plain]);
  }
  for (const u of UNIT_CATALOGUE) {
    if (!u.prefixes) continue;
    for (const p of PREFIXES) {
      const reading: ResolvedSymbol = {
        symbol: p.symbol + u.symbol,
        ascii: p.ascii + u.ascii,
        scale: u.scale,
        pow10: u.pow10 + p.pow10,
        offset: 0,
        dimension: u.dimension,
        unit: u,
      };
      for (const ps of p.spellings) {
        for (const us of [u.symbol, ...u.aliases]) {
          const key = ps + us;
          if (exact.has(key)) continue; // exact symbols win: min, Pa, cd, M
          const list = prefixed.get(key) ?? [];
          if (!list.some((r) => r.symbol === reading.symbol)) list.push(reading);
          prefixed.set(key, list);
        }
      }
    }
  }
  for (const [key, list] of prefixed) exact.set(key, list);
  return exact;
}

function lookupTable(): Map<string, ResolvedSymbol[]> {
  table ??= build();
  return table;
}

/**
 * Reads one unit token ("mAh", "µm", "kOhm", "°C"). Exact catalogue symbols win over
 * prefix + symbol readings; two prefix readings of one token make it ambiguous.
 */
export function resolveSymbol(token: string): Resolution {
  const rejected = REJECTED[token];
  if (rejected) return { kind: "rejected", ...rejected };
  const readings = lookupTable().get(token);
  if (!readings || readings.length === 0) return { kind: "unknown" };
  if (readings.length > 1) return { kind: "ambiguous", readings };
  return { kind: "unit", unit: readings[0] as ResolvedSymbol };
}

let lowerCase: Map<string, string[]> | undefined;

function sameLettersAs(token: string): string[] {
  if (!lowerCase) {
    lowerCase = new Map();
    for (const key of lookupTable().keys()) {
      const lower = key.toLowerCase();
      lowerCase.set(lower, [...(lowerCase.get(lower) ?? []), key]);
    }
  }
  return lowerCase.get(token.toLowerCase()) ?? [];
}

/** A hint for a token that did not resolve: a case fix, a missing space, or examples. */
export function suggestFor(token: string): string {
  const sameLetters = sameLettersAs(token);
  if (sameLetters.length > 0) {
    return `did you mean ${sameLetters.map((k) => `"${k}"`).join(" or ")}? Unit symbols are case-sensitive`;
  }
  // Longest known first part: "mAhg" → "mAh g", not "mA hg".
  for (let i = token.length - 1; i >= 1; i--) {
    const left = token.slice(0, i);
    const right = token.slice(i);
    if (resolveSymbol(left).kind === "unit" && resolveSymbol(right).kind === "unit") {
      return `separate units with a space or "·": "${left} ${right}"`;
    }
  }
  return 'write units such as "mA cm-2", "mAh cm-2", "µm", "mS cm-1", "kJ mol-1", "°C" (SI prefixes allowed; see listUnits())';
}
