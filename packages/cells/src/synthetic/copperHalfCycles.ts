import { requireNumber, requirePositiveOption } from "../internal/requireOption.js";
import type { TraceBuilder } from "./traceBuilder.js";

/** Voltage shape of plating on and stripping from Cu (Li‖Cu), V vs Li. */
export interface CopperVoltageOptions {
  /** Plating plateau |V|, V (the Cu potential sits at −η_p while Li plates). @default 0.03 */
  platingOverpotential?: number;
  /** Stripping plateau, V (+η_s while Li strips). @default 0.025 */
  strippingOverpotential?: number;
  /** Stripping ends when the Cu potential reaches this value, V vs Li. @default 1 */
  cutoffVoltage?: number;
  /** Nucleation spike of the first plating, tip − plateau (V) at `tipTime` (s); `false` for none. @default { overpotential: 0.06, tipTime: 20 } */
  nucleation?: { overpotential: number; tipTime: number } | false;
}

/** Checked {@link CopperVoltageOptions}. */
export interface CopperVoltage {
  plating: number;
  stripping: number;
  cutoff: number;
  nucleation: { overpotential: number; tipTime: number } | undefined;
}

/** Checks and fills in {@link CopperVoltageOptions}. */
export function resolveCopperVoltage(options: CopperVoltageOptions): CopperVoltage {
  const plating = requirePositiveOption(
    options.platingOverpotential ?? 0.03,
    "options.platingOverpotential",
    "plating overpotential (V)",
    "give |η_p| in V",
  );
  const stripping = requirePositiveOption(
    options.strippingOverpotential ?? 0.025,
    "options.strippingOverpotential",
    "stripping overpotential (V)",
    "give η_s in V",
  );
  const cutoff = requireNumber(
    options.cutoffVoltage ?? 1,
    "options.cutoffVoltage",
    "cut-off voltage (V)",
    { min: stripping, exclusiveMin: true },
    "give a cut-off above the stripping plateau, e.g. 1 V",
  );
  const spike = options.nucleation ?? { overpotential: 0.06, tipTime: 20 };
  if (spike) {
    requireNumber(
      spike.overpotential,
      "options.nucleation.overpotential",
      "nucleation overpotential (V)",
      { min: 0 },
      "give η_nuc in V",
    );
    requirePositiveOption(
      spike.tipTime,
      "options.nucleation.tipTime",
      "time of the nucleation tip (s)",
      "give t_tip in s",
    );
  }
  return { plating, stripping, cutoff, nucleation: spike || undefined };
}

/**
 * Plates `capacity` C m⁻² at `currentDensity` A m⁻² (negative current), V = −η_p, with the
 * nucleation spike −η_nuc·(t/t_tip)·e^(1 − t/t_tip) when `spike` is set.
 */
export function plate(
  builder: TraceBuilder,
  voltage: CopperVoltage,
  currentDensity: number,
  area: number,
  capacity: number,
  spike: boolean,
): { start: number; end: number } {
  const start = builder.now;
  const nuc = spike ? voltage.nucleation : undefined;
  builder.step(-currentDensity * area, capacity / currentDensity, (e) => {
    let v = -voltage.plating;
    if (nuc) {
      const x = e / nuc.tipTime;
      v -= nuc.overpotential * x * Math.exp(1 - x);
    }
    return v;
  });
  return { start, end: builder.now };
}

/**
 * Strips `capacity` C m⁻² at `currentDensity` A m⁻² (positive current). With `toCutoff` the Li
 * runs out at the end: over the last 3 % of the time (at least three samples) the potential
 * rises as η_s + (V_cut − η_s)·u⁴ and the last sample sits exactly at the cut-off; otherwise it
 * stays at the plateau.
 */
export function strip(
  builder: TraceBuilder,
  voltage: CopperVoltage,
  currentDensity: number,
  area: number,
  capacity: number,
  toCutoff: boolean,
  samplingInterval: number,
): { start: number; end: number } {
  const start = builder.now;
  const duration = capacity / currentDensity;
  const tail = Math.min(duration, Math.max(0.03 * duration, 3 * samplingInterval));
  const riseStart = duration - tail;
  builder.step(currentDensity * area, duration, (e) => {
    if (!toCutoff || e <= riseStart) return voltage.stripping;
    const u = (e - riseStart) / tail;
    return voltage.stripping + (voltage.cutoff - voltage.stripping) * u ** 4;
  });
  return { start, end: builder.now };
}
