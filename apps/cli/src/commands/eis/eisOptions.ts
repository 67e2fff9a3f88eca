import { Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import type { CircuitWeighting } from "@lmb/impedance";
import type { ImpedanceSpectrum, ResistanceRole } from "@lmb/schemas";
import { area as areaKind, parseQuantity, temperature, time } from "@lmb/units";
import { atArgument, quantityOption } from "../../input/quantityOption.js";
import { celsiusShorthand } from "../kinetics/parsePoints.js";

/**
 * `--cell <electrode|symmetric>` for impedance: whether the interfacial arcs are one interface's
 * or a symmetric Li‖Li cell's (two like interfaces in series, each half).
 *
 * @example new Command("fit").addOption(eisCellOption());
 */
export function eisCellOption() {
  return new Option(
    "--cell <kind>",
    "electrode: the arcs are one interface's; symmetric: a Li‖Li cell (two interfaces, each half of R_SEI, R_ct)",
  )
    .choices(["electrode", "symmetric"] as const)
    .default("electrode" as const);
}

/**
 * `--weight <rule>`: residual weighting of the circuit fit.
 *
 * @example new Command("fit").addOption(weightOption());
 */
export function weightOption() {
  return new Option(
    "--weight <rule>",
    "residual weighting: unit (σ = 1), modulus (σ = |Z|) or proportional",
  )
    .choices(["unit", "modulus", "proportional"] as const satisfies readonly CircuitWeighting[])
    .default("unit" as const);
}

function numberAt(text: string, source: string, what: string): number {
  const v = Number(text.trim().replace("−", "-"));
  if (text.trim() === "" || !Number.isFinite(v)) {
    throw new LmbError("E_INVALID_INPUT", `${what} "${text.trim()}" is not a number`, {
      location: { source },
      fix: "give plain numbers in SI units (Ω, F, s; CPE Q in Ω⁻¹ s^α), e.g. 1e-5",
    });
  }
  return v;
}

/**
 * Parses `--guess`: every parameter in circuit order ("0.01,0.02,1e-5,0.9") or some by name
 * ("R0=0.01,CPE1_0=1e-5", missing ones estimated); SI values.
 *
 * @throws LmbError `E_INVALID_INPUT` located at --guess
 * @example parseGuess("R0=5,R1=20"); // { R0: 5, R1: 20 }
 */
export function parseGuess(text: string): number[] | Record<string, number> {
  const tokens = text
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (tokens.length === 0) {
    throw new LmbError("E_INVALID_INPUT", "--guess is empty", {
      location: { source: "--guess" },
      fix: 'give values in circuit order ("5,20,1e-6,0.9") or by name ("R0=5,R1=20")',
    });
  }
  const named = tokens.map((t) => t.includes("="));
  if (named.every((n) => !n)) return tokens.map((t) => numberAt(t, "--guess", "value"));
  if (!named.every((n) => n)) {
    throw new LmbError("E_INVALID_INPUT", `--guess "${text}" mixes names and bare values`, {
      location: { source: "--guess" },
      fix: 'give all values in circuit order, or all as name=value ("R0=5,R1=20")',
    });
  }
  return Object.fromEntries(
    tokens.map((t) => {
      const [name, value] = t.split("=", 2) as [string, string];
      return [name.trim(), numberAt(value, "--guess", `value of ${name.trim()}`)];
    }),
  );
}

const ROLE_NAMES: Record<string, ResistanceRole> = {
  bulk: "bulk",
  sei: "sei",
  ct: "chargeTransfer",
  chargetransfer: "chargeTransfer",
  other: "other",
};

/**
 * Parses `--roles "R1=sei,R2=ct,R3=other"` (roles: bulk, sei, ct, other).
 *
 * @throws LmbError `E_INVALID_INPUT` located at --roles
 * @example parseRoles("R1=sei,R2=ct"); // { R1: "sei", R2: "chargeTransfer" }
 */
export function parseRoles(text: string): Record<string, ResistanceRole> {
  const out: Record<string, ResistanceRole> = {};
  for (const token of text.split(",").map((t) => t.trim())) {
    if (token === "") continue;
    const [name, role] = token.split("=", 2).map((s) => s.trim());
    const r = role === undefined ? undefined : ROLE_NAMES[role.toLowerCase()];
    if (!name || r === undefined) {
      throw new LmbError("E_INVALID_INPUT", `"${token}" is not of the form element=role`, {
        location: { source: "--roles" },
        fix: 'write e.g. "R1=sei,R2=ct" (roles: bulk, sei, ct, other)',
      });
    }
    out[name] = r;
  }
  return out;
}

/**
 * Parses a comma-separated list of quantities, one per file: `--temperatures "25C,40C,60C"` (K)
 * or `--times "0h,12h,24h"` (s). Bare numbers take the unit written on the last value, else
 * `defaultUnit`.
 *
 * @throws LmbError from the unit parser, or `E_INVALID_INPUT` when the count differs from the files
 * @example parseQuantityList("25,40 °C", "--temperatures", "temperature", 2); // [298.15, 313.15]
 */
export function parseQuantityList(
  text: string,
  source: "--temperatures" | "--times",
  count: number,
): number[] {
  const kind = source === "--temperatures" ? temperature : time;
  const defaultUnit = source === "--temperatures" ? "K" : "h";
  const tokens = text
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "")
    .map((t) => (source === "--temperatures" ? celsiusShorthand(t) : t));
  if (tokens.length !== count) {
    throw new LmbError("E_INVALID_INPUT", `${count} files but ${tokens.length} values`, {
      location: { source },
      fix: `give one value per file, in the order of the files`,
    });
  }
  try {
    const quantities = tokens.map((t) => parseQuantity(t));
    const lastUnit =
      [...quantities].reverse().find((q) => q.unit.symbol !== "")?.unit.symbol ?? defaultUnit;
    return quantities.map((q, i): number =>
      kind(q.unit.symbol === "" ? `${tokens[i]} ${lastUnit}` : q),
    );
  } catch (error) {
    throw atArgument(error, source);
  }
}

/** `--area` in m², or undefined. @example areaOption("1.13 cm2"); // 1.13e-4 */
export function areaOption(text: string | undefined): number | undefined {
  return text === undefined ? undefined : quantityOption(text, "--area", areaKind).si;
}

/** `--temperature` in K, or undefined. @example temperatureOption("25 °C"); // 298.15 */
export function temperatureKelvin(text: string | undefined): number | undefined {
  return text === undefined
    ? undefined
    : quantityOption(celsiusShorthand(text.trim()), "--temperature", temperature).si;
}

/**
 * `--drop-inductive`: keeps only the points with Im Z < 0 (capacitive), as impedance.py's
 * `ignoreBelowX` does, so an inductive high-frequency tail (cables, cell housing) does not pull
 * a circuit without an inductor.
 *
 * @example const capacitive = dropInductive(spectrum);
 */
export function dropInductive(spectrum: ImpedanceSpectrum): ImpedanceSpectrum {
  const keep: number[] = [];
  spectrum.columns.zImag.forEach((v, i) => {
    if (v < 0) keep.push(i);
  });
  const columns = Object.fromEntries(
    Object.entries(spectrum.columns).map(([key, column]) => [
      key,
      column === undefined ? column : Float64Array.from(keep, (i) => column[i] as number),
    ]),
  ) as ImpedanceSpectrum["columns"];
  return { ...spectrum, columns };
}
