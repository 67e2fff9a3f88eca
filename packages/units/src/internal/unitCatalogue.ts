import type { Dimension } from "../Dimension.js";

/**
 * One unit symbol the parser knows. A value in this unit is `scale · 10^pow10` SI (plus
 * `offset` for °C); keeping the power of ten apart makes mA cm⁻² exactly 10 A m⁻².
 */
export interface CatalogueUnit {
  /** Canonical unicode symbol ("Ω", "µ" never appears here: prefixes are separate). */
  readonly symbol: string;
  /** ASCII spelling that the parser reads back ("Ohm", "degC", "Angstrom"). */
  readonly ascii: string;
  readonly name: string;
  readonly scale: number;
  readonly pow10: number;
  readonly offset: number;
  readonly dimension: Dimension;
  /** Whether SI prefixes may be attached (mA, kJ, µm) — never for min, h, °C, %. */
  readonly prefixes: boolean;
  /** Other spellings that mean the same unit (aliases take prefixes when the unit does). */
  readonly aliases: readonly string[];
}

const d = (L = 0, M = 0, T = 0, I = 0, Th = 0, N = 0, J = 0): Dimension => [L, M, T, I, Th, N, J];

function unit(
  symbol: string,
  name: string,
  dimension: Dimension,
  options: {
    scale?: number;
    pow10?: number;
    offset?: number;
    prefixes?: boolean;
    ascii?: string;
    aliases?: string[];
  } = {},
): CatalogueUnit {
  return {
    symbol,
    name,
    dimension,
    ascii: options.ascii ?? symbol,
    scale: options.scale ?? 1,
    pow10: options.pow10 ?? 0,
    offset: options.offset ?? 0,
    prefixes: options.prefixes ?? true,
    aliases: options.aliases ?? [],
  };
}

const NO_PREFIX = { prefixes: false } as const;
const VOLT = d(2, 1, -3, -1);

/**
 * Every unit symbol lmb reads. Exact symbols win over prefix + symbol readings, which
 * settles `min` (minute, not milli-inch), `M` (mol/L, not the mega prefix), `Pa`, `cd`.
 */
export const UNIT_CATALOGUE: readonly CatalogueUnit[] = [
  // SI base units (the gram carries the prefixes: kg = k + g).
  unit("m", "metre", d(1)),
  unit("g", "gram", d(0, 1), { pow10: -3 }),
  unit("s", "second", d(0, 0, 1), { aliases: ["sec"] }),
  unit("A", "ampere", d(0, 0, 0, 1)),
  unit("K", "kelvin", d(0, 0, 0, 0, 1)),
  unit("mol", "mole", d(0, 0, 0, 0, 0, 1)),
  unit("cd", "candela", d(0, 0, 0, 0, 0, 0, 1)),
  // Time, temperature, angle, ratios: no prefixes.
  unit("min", "minute", d(0, 0, 1), { scale: 60, ...NO_PREFIX }),
  unit("h", "hour", d(0, 0, 1), { scale: 3600, ...NO_PREFIX, aliases: ["hr"] }),
  unit("d", "day", d(0, 0, 1), { scale: 86400, ...NO_PREFIX, aliases: ["day"] }),
  unit("°C", "degree Celsius", d(0, 0, 0, 0, 1), {
    offset: 273.15,
    ...NO_PREFIX,
    ascii: "degC",
    aliases: ["degC", "\u2103"],
  }),
  unit("°", "degree (angle)", d(), {
    scale: Math.PI / 180,
    ...NO_PREFIX,
    ascii: "deg",
    aliases: ["deg"],
  }),
  unit("rad", "radian", d()),
  unit("%", "percent", d(), { pow10: -2, ...NO_PREFIX }),
  unit("ppm", "part per million", d(), { pow10: -6, ...NO_PREFIX }),
  // Length, volume, concentration.
  unit("Å", "ångström", d(1), {
    pow10: -10,
    ...NO_PREFIX,
    ascii: "Angstrom",
    aliases: ["\u212B", "Angstrom"],
  }),
  unit("L", "litre", d(3), { pow10: -3, aliases: ["l"] }),
  unit("M", "molar (mol/L)", d(-3, 0, 0, 0, 0, 1), { pow10: 3 }),
  // Electrical.
  unit("C", "coulomb", d(0, 0, 1, 1)),
  unit("Ah", "ampere hour", d(0, 0, 1, 1), { scale: 3600 }),
  unit("V", "volt", VOLT),
  unit("Ω", "ohm", d(2, 1, -3, -2), { ascii: "Ohm", aliases: ["Ohm", "ohm", "\u2126"] }),
  unit("S", "siemens", d(-2, -1, 3, 2)),
  unit("F", "farad", d(-2, -1, 4, 2)),
  unit("H", "henry", d(2, 1, -2, -2)),
  unit("Hz", "hertz", d(0, 0, -1)),
  // Mechanics and energy.
  unit("N", "newton", d(1, 1, -2)),
  unit("Pa", "pascal", d(-1, 1, -2)),
  unit("bar", "bar", d(-1, 1, -2), { pow10: 5 }),
  unit("atm", "standard atmosphere", d(-1, 1, -2), { scale: 101325, ...NO_PREFIX }),
  unit("Torr", "torr", d(-1, 1, -2), { scale: 101325 / 760, ...NO_PREFIX }),
  unit("psi", "pound-force per square inch", d(-1, 1, -2), {
    scale: 6894.757293168361,
    ...NO_PREFIX,
  }),
  unit("J", "joule", d(2, 1, -2)),
  unit("cal", "thermochemical calorie", d(2, 1, -2), { scale: 4.184 }),
  unit("eV", "electronvolt", d(2, 1, -2), { scale: 1.602176634e-19 }),
  unit("W", "watt", d(2, 1, -3)),
  unit("Wh", "watt hour", d(2, 1, -2), { scale: 3600 }),
];

/** An SI prefix: its spellings and its power of ten. */
export interface Prefix {
  /** Canonical spelling (µ for micro). */
  readonly symbol: string;
  readonly ascii: string;
  readonly pow10: number;
}

/** SI prefixes from yocto to yotta; micro is written µ (U+00B5), μ (U+03BC) or u. */
export const PREFIXES: readonly (Prefix & { readonly spellings: readonly string[] })[] = [
  ["Y", 24],
  ["Z", 21],
  ["E", 18],
  ["P", 15],
  ["T", 12],
  ["G", 9],
  ["M", 6],
  ["k", 3],
  ["h", 2],
  ["da", 1],
  ["d", -1],
  ["c", -2],
  ["m", -3],
  ["µ", -6],
  ["n", -9],
  ["p", -12],
  ["f", -15],
  ["a", -18],
  ["z", -21],
  ["y", -24],
].map(([symbol, pow10]) => {
  const s = symbol as string;
  return {
    symbol: s,
    ascii: s === "µ" ? "u" : s,
    pow10: pow10 as number,
    spellings: s === "µ" ? ["µ", "μ", "u"] : [s],
  };
});
