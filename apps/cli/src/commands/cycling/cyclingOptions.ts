import { Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import type { CellKind } from "@lmb/schemas";
import { area as areaKind, mass as massKind } from "@lmb/units";
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
