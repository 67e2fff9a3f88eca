import type { CellKind, ReportCycleWindow, ReportExperimentKind } from "@lmb/schemas";
import { area, concentration, length, mass, scanRate, temperature, time } from "@lmb/units";
import type { ResolvedFileSettings } from "./reportConfig.js";

/** A file's settings in SI (m², kg, K, s, V s⁻¹, m, mol m⁻³), with where each came from. */
export interface FileSettingsSi {
  area?: number;
  mass?: number;
  temperature?: number;
  time?: number;
  scanRate?: number;
  thickness?: number;
  concentration?: number;
  cellType?: CellKind;
  kind?: ReportExperimentKind;
  cycles?: ReportCycleWindow;
  label?: string;
  group?: string;
  /** The settings as text, for the report's method parameters. */
  text: Record<string, string>;
  sources: Record<string, string>;
}

/**
 * Converts resolved settings (quantities as text, already dimension-checked by the schema) to
 * SI numbers.
 *
 * @example
 * settingsSi({ area: "1.13 cm2", sources: {} }).area; // 1.13e-4
 */
export function settingsSi(settings: ResolvedFileSettings): FileSettingsSi {
  const out: FileSettingsSi = { text: {}, sources: settings.sources };
  const quantities = [
    ["area", area],
    ["mass", mass],
    ["temperature", temperature],
    ["time", time],
    ["scanRate", scanRate],
    ["thickness", length],
    ["concentration", concentration],
  ] as const;
  for (const [key, kind] of quantities) {
    const text = settings[key];
    if (text === undefined) continue;
    out[key] = kind(text) as number;
    out.text[key] = text;
  }
  if (settings.cellType !== undefined) out.cellType = settings.cellType;
  if (settings.kind !== undefined) out.kind = settings.kind;
  if (settings.cycles !== undefined) out.cycles = settings.cycles;
  if (settings.label !== undefined) out.label = settings.label;
  if (settings.group !== undefined) out.group = settings.group;
  return out;
}
