import { Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { LITHIUM_MOLAR_VOLUME, type TransientBaseline } from "@lmb/nucleation";
import {
  concentration as concentrationKind,
  currentDensity,
  defineKind,
  type Kind,
  molarVolume as molarVolumeKind,
  time,
} from "@lmb/units";
import { quantityOption } from "../../input/quantityOption.js";

/** An interfacial (surface) energy γ, J m⁻²: a kind `@lmb/units` names but does not export. */
export type SurfaceEnergy = Kind<"surface energy">;
/** Builds a {@link SurfaceEnergy} (J m⁻²) from a quantity, checking the dimension. */
export const surfaceEnergy = defineKind<SurfaceEnergy>("surface energy");

/**
 * A plain number option ("0.38"), refusing text that is not a finite number.
 *
 * @throws LmbError `E_INVALID_INPUT` located at `source`
 * @example numberOption("0.38", "--transference"); // 0.38
 */
export function numberOption(text: string, source: string): number {
  const value = text.trim() === "" ? Number.NaN : Number(text.replace("−", "-"));
  if (!Number.isFinite(value)) {
    throw new LmbError("E_INVALID_INPUT", `${source} "${text}" is not a number`, {
      location: { source },
      fix: `give ${source} as a plain number, e.g. 0.38`,
    });
  }
  return value;
}

function range(text: string, source: string, example: string): [string, string] {
  const parts = text.split(":");
  if (parts.length !== 2 || parts.some((p) => p.trim() === "")) {
    throw new LmbError("E_INVALID_INPUT", `${source} "${text}" is not of the form lower:upper`, {
      location: { source },
      fix: `give the window as "lower:upper", e.g. "${example}"`,
    });
  }
  return [(parts[0] as string).trim(), (parts[1] as string).trim()];
}

/**
 * `--window 1:5` of `classify`: the reduced-time window t/t_m compared with the curves.
 *
 * @throws LmbError `E_INVALID_INPUT` for a malformed or empty window
 * @example reducedWindow("1:5"); // { from: 1, to: 5 }
 */
export function reducedWindow(text: string): { from: number; to: number } {
  const [a, b] = range(text, "--window", "1:5");
  const from = numberOption(a, "--window");
  const to = numberOption(b, "--window");
  if (!(from >= 0 && to > from)) {
    throw new LmbError("E_INVALID_INPUT", `--window ${text} is empty or negative`, {
      location: { source: "--window" },
      fix: 'give 0 ≤ lower < upper in t/t_m, e.g. "1:5"',
    });
  }
  return { from, to };
}

/**
 * `--window "0.2 s:8 s"` of `fit`: the time window fitted, in s.
 *
 * @throws LmbError `E_INVALID_INPUT`, or the unit parser's errors located at --window
 * @example timeWindow("0.2s:8s"); // { from: 0.2, to: 8 }
 */
export function timeWindow(text: string): { from: number; to: number } {
  const [a, b] = range(text, "--window", "0.2s:8s");
  const from = quantityOption(a, "--window", time).si as number;
  const to = quantityOption(b, "--window", time).si as number;
  if (!(to > from)) {
    throw new LmbError("E_INVALID_INPUT", `--window ${text} is empty`, {
      location: { source: "--window" },
      fix: 'give lower < upper, e.g. "0.2s:8s"',
    });
  }
  return { from, to };
}

/** `--baseline <none|tail|value>` (default none). @example new Command("classify").addOption(baselineOption()); */
export function baselineOption() {
  return new Option(
    "--baseline <rule>",
    'background current: none, tail (fit j = a·t^−½ + b after 4·t_m, subtract b) or a current density, e.g. "0.05 mA cm-2"',
  ).default("none");
}

/**
 * The baseline rule of `--baseline`: "none", "tail" (or "cottrell-tail") or a current density
 * (its magnitude, in the deposition direction).
 *
 * @throws LmbError from the unit parser, located at --baseline
 * @example baselineRule("0.05 mA cm-2"); // { value: 0.5 }
 */
export function baselineRule(text: string): TransientBaseline {
  const rule = text.trim().toLowerCase();
  if (rule === "none") return "none";
  if (rule === "tail" || rule === "cottrell-tail") return "cottrell-tail";
  return { value: Math.abs(quantityOption(text, "--baseline", currentDensity).si) };
}

/** The molar volume option (m³ mol⁻¹), Li's when absent. @example molarVolume(undefined); // 1.2996e-5 */
export function molarVolume(text: string | undefined): number {
  return text === undefined
    ? LITHIUM_MOLAR_VOLUME
    : (quantityOption(text, "--molar-volume", molarVolumeKind).si as number);
}

/** The concentration option (mol m⁻³), or undefined. @example concentration("1 M"); // 1000 */
export function concentration(text: string | undefined): number | undefined {
  return text === undefined
    ? undefined
    : (quantityOption(text, "--concentration", concentrationKind).si as number);
}

/** `--molar-volume` (default Li metal). @example new Command("fit").addOption(molarVolumeOption()); */
export function molarVolumeOption() {
  return new Option(
    "--molar-volume <quantity>",
    'molar volume of the deposit V_m = M/ρ, e.g. "13.0 cm3 mol-1" (default: Li metal, 12.996 cm3 mol-1)',
  );
}
