import { Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import type { CellKind } from "@lmb/schemas";
import {
  area as areaKind,
  charge as chargeKind,
  mass as massKind,
  specificCapacity as specificCapacityKind,
} from "@lmb/units";
import { quantityOption } from "../../input/quantityOption.js";

const CELLS = ["symmetric", "asymmetric", "li-cu", "full", "half-cell"] as const;

/** `--cell <type>`. @example new Command("analyze").addOption(cellOption()); */
export function cellOption() {
  return new Option(
    "--cell <type>",
    "cell type (default: guessed from the data, and the guess is printed)",
  ).choices(CELLS);
}

/** The `--area` of the cycling commands, m² (undefined when absent). @example areaSi("1.13 cm2"); // 1.13e-4 */
export function areaSi(text: string | undefined): number | undefined {
  return text === undefined ? undefined : (quantityOption(text, "--area", areaKind).si as number);
}

/** The `--mass` (active cathode mass), kg (undefined when absent). @example massSi("12 mg"); // 1.2e-5 */
export function massSi(text: string | undefined): number | undefined {
  return text === undefined ? undefined : (quantityOption(text, "--mass", massKind).si as number);
}

/** The `--nominal-capacity` (the capacity that defines 1 C), C (undefined when absent). @example nominalCapacitySi("2 mAh"); // 7.2 */
export function nominalCapacitySi(text: string | undefined): number | undefined {
  return text === undefined
    ? undefined
    : (quantityOption(text, "--nominal-capacity", chargeKind).si as number);
}

/** The `--specific-capacity` (1 C per active mass), C kg⁻¹ (undefined when absent). @example specificCapacitySi("170 mAh/g"); // 612 000 */
export function specificCapacitySi(text: string | undefined): number | undefined {
  return text === undefined
    ? undefined
    : (quantityOption(text, "--specific-capacity", specificCapacityKind).si as number);
}

/** `--cathode <LFP|NCM>`: the cathode whose 1 C (LFP 170, NCM 200 mAh g⁻¹, SCIENCE.md §1) sets the C-rates with --mass. @example new Command("analyze").addOption(cathodeOption()); */
export function cathodeOption() {
  return new Option(
    "--cathode <cathode>",
    "cathode of a full cell, for 1 C with --mass (LFP 170, NCM 200 mAh g⁻¹)",
  ).choices(["LFP", "NCM"] as const);
}

/** `--electrode <cathode|anode>`: the working electrode against Li (default: from the voltage). @example new Command("analyze").addOption(electrodeOption()); */
export function electrodeOption() {
  return new Option(
    "--electrode <electrode>",
    "working electrode against Li: cathode (charged first, CE = Q_dis/Q_ch) or anode (lithiated first, CE = Q_ch/Q_dis); default: from the voltage",
  ).choices(["cathode", "anode"] as const);
}

/** The cell type of `--cell`, typed. @example cellKind("li-cu"); */
export function cellKind(text: string | undefined): CellKind | undefined {
  return text as CellKind | undefined;
}

/**
 * `--cycles 1-10` (or `5`): a range of cycles, 1-based, inclusive.
 *
 * @throws LmbError `E_INVALID_INPUT` for text that is not `first-last` with 1 ≤ first ≤ last
 * @example cycleRange("1-10"); // [1, 10]
 */
export function cycleRange(text: string): [number, number] {
  const match = text.trim().match(/^(\d+)(?:\s*[-–:]\s*(\d+))?$/);
  const first = Number(match?.[1]);
  const last = match?.[2] === undefined ? first : Number(match[2]);
  if (match === null || !(first >= 1 && last >= first)) {
    throw new LmbError("E_INVALID_INPUT", `--cycles "${text}" is not a cycle range`, {
      location: { source: "--cycles" },
      fix: "give the first and last cycle, 1-based, e.g. --cycles 1-10 (or one cycle: --cycles 5)",
    });
  }
  return [first, last];
}

/**
 * `--threshold 90` (or `90 %`): the CE in percent below which the Li‖Cu cycle life ends, as a
 * fraction.
 *
 * @throws LmbError `E_INVALID_INPUT` for text that is not a percentage in (0, 100)
 * @example ceThreshold("90 %"); // 0.9
 */
export function ceThreshold(text: string): number {
  const match = text.trim().match(/^(\d+(?:\.\d*)?|\.\d+)\s*%?$/);
  const value = Number(match?.[1]);
  if (match === null || !(value > 0 && value < 100)) {
    throw new LmbError("E_INVALID_INPUT", `--threshold "${text}" is not a CE in percent`, {
      location: { source: "--threshold" },
      fix: "give the CE in percent below which the cycle life ends, between 0 and 100, e.g. --threshold 90",
    });
  }
  return value / 100;
}

/**
 * `--consecutive 3`: cycles in a row below the CE threshold that end the cycle life.
 *
 * @throws LmbError `E_INVALID_INPUT` for text that is not a whole number ≥ 1
 * @example consecutiveCycles("3"); // 3
 */
export function consecutiveCycles(text: string): number {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= 1)) {
    throw new LmbError("E_INVALID_INPUT", `--consecutive "${text}" is not a count of cycles`, {
      location: { source: "--consecutive" },
      fix: "give a whole number of cycles ≥ 1, e.g. --consecutive 3",
    });
  }
  return value;
}
