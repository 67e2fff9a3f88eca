import type { KineticsWarning, SandTimeResult } from "@lmb/schemas";
import type { SandElectrolyte, SandResult } from "../sand/sandTime.js";
import { estimateJson, quantityJson } from "./jsonValues.js";

/**
 * Turns a {@link SandResult} (SI; with `measuredTime` and `ratio` from `compareWithSand`) into the
 * `SandTimeResult` of `@lmb/schemas`: t_Sand in h (SI s), the Sand capacity in mAh cm⁻², the
 * limiting current in mA cm⁻² and L²/D in s when a thickness was given, the inputs, and warnings
 * below the limiting current or when t_Sand reaches L²/D.
 *
 * @param result - a result of `sandTime` or `compareWithSand`
 * @param currentDensity - the J given, A m⁻²
 * @param electrolyte - the electrolyte given (SI)
 * @example
 * const e = { diffusivity: 3.22e-10, concentration: 1000, transferenceNumber: 0.38 };
 * sandTimeJson(sandTime(100, e), 100, e).sandTime?.si; // 612.5 (s)
 */
export function sandTimeJson(
  result: SandResult & { measuredTime?: number; ratio?: number },
  currentDensity: number,
  electrolyte: SandElectrolyte,
): SandTimeResult {
  const warnings: KineticsWarning[] = [];
  if (!result.applies) {
    warnings.push({ code: "W_BELOW_LIMITING_CURRENT", message: result.note });
  } else if (
    result.time !== undefined &&
    result.diffusionTime !== undefined &&
    result.time >= result.diffusionTime
  ) {
    warnings.push({ code: "W_FINITE_THICKNESS", message: result.note });
  }
  return {
    analysis: "sand-time",
    relation: "t_Sand = πD(z·c0·F)²/(4J²(1 − t₊)²); Q = J·t_Sand; J_lim = 2zFDc0/((1 − t₊)L)",
    currentDensity: quantityJson(Math.abs(currentDensity), "mA cm-2"),
    diffusivity: quantityJson(electrolyte.diffusivity, "cm2 s-1"),
    concentration: quantityJson(electrolyte.concentration, "M"),
    transferenceNumber: electrolyte.transferenceNumber,
    chargeNumber: electrolyte.z ?? 1,
    ...(electrolyte.thickness === undefined
      ? {}
      : { thickness: quantityJson(electrolyte.thickness, "µm") }),
    applies: result.applies,
    note: result.note,
    ...(result.time === undefined ? {} : { sandTime: estimateJson(result.time, "h") }),
    ...(result.capacity === undefined
      ? {}
      : { sandCapacity: estimateJson(result.capacity, "mAh cm-2") }),
    ...(result.limitingCurrentDensity === undefined
      ? {}
      : { limitingCurrentDensity: estimateJson(result.limitingCurrentDensity, "mA cm-2") }),
    ...(result.diffusionTime === undefined
      ? {}
      : { diffusionTime: quantityJson(result.diffusionTime, "s") }),
    ...(result.measuredTime === undefined
      ? {}
      : {
          measured: {
            time: quantityJson(result.measuredTime, "h"),
            ...(result.ratio === undefined ? {} : { ratio: result.ratio }),
          },
        }),
    warnings,
  };
}
