import { Option } from "@commander-js/extra-typings";
import { temperature } from "@lmb/units";
import { quantityOption } from "../../input/quantityOption.js";

/**
 * `--cell <electrode|symmetric>`: which overpotential the data are — one electrode's, or a
 * symmetric Li‖Li cell's (η_strip + |η_plate|). Every result states it.
 *
 * @example new Command("bv").addOption(cellOption());
 */
export function cellOption() {
  return new Option(
    "--cell <kind>",
    "electrode: η of one electrode; symmetric: η_cell of a Li‖Li cell (η_strip + |η_plate|)",
  )
    .choices(["electrode", "symmetric"] as const)
    .default("electrode" as const);
}

/** `--temperature <T>` (default 25 °C). @example new Command("bv").addOption(temperatureOption()); */
export function temperatureOption() {
  return new Option("--temperature <quantity>", 'temperature, e.g. "25 °C" or "298.15 K"').default(
    "25 °C",
  );
}

/**
 * The temperature option in K.
 *
 * @throws LmbError from the unit parser, located at --temperature
 * @example kelvin(options.temperature); // 298.15
 */
export function kelvin(text: string): number {
  return quantityOption(text, "--temperature", temperature).si;
}

/** "symmetric" → "cell" (the libraries' name for the convention). */
export function convention(cell: "electrode" | "symmetric"): "electrode" | "cell" {
  return cell === "symmetric" ? "cell" : "electrode";
}
