import { LmbError } from "@lmb/errors";
import { classifyTransient, transientClassificationJson } from "@lmb/nucleation";
import { type ExperimentDraft, reportWarnings, withoutPlots } from "../experimentDraft.js";
import type { FileSettingsSi } from "../settingsSi.js";

/** A potentiostatic step's record: time (s), current (A) or current density (A m⁻²). */
export interface TransientRecord {
  time: Float64Array;
  current: Float64Array;
  currentDensity?: Float64Array | undefined;
  area?: number | undefined;
}

/**
 * A current transient after a potential step as a report experiment: Scharifker–Hills
 * classification (`classifyTransient`, `transientClassificationJson` of `@lmb/nucleation`;
 * SCIENCE.md §1), headline: the nucleation mode, t_m and j_m.
 *
 * @param record - time and current (or current density)
 * @param label - the file's path in the report
 * @param settings - the area (m²) when the file gives current only
 * @param reasons - why the record was recognised as a transient
 * @throws LmbError `E_NEEDS_AREA` when neither the file nor the config gives the area
 * @example
 * nucleationExperiment({ time, current }, "ca.csv", { area: 1e-4, text: {}, sources: {} }, ["…"]);
 */
export function nucleationExperiment(
  record: TransientRecord,
  label: string,
  settings: FileSettingsSi,
  reasons: string[],
): ExperimentDraft {
  let density = record.currentDensity;
  const area = settings.area ?? record.area;
  if (density === undefined) {
    if (area === undefined) {
      throw new LmbError(
        "E_NEEDS_AREA",
        `${label}: a current transient without an electrode area`,
        {
          location: { source: label },
          fix: `set "area" for this file in lmb.json (e.g. { "match": "${label}", "area": "1.13 cm2" }) or pass --area`,
        },
      );
    }
    density = record.current.map((i) => i / area);
  }
  const classification = classifyTransient(record.time, density, { baseline: "none" });
  const result = transientClassificationJson(classification, { windowGiven: false });
  return {
    kind: "nucleation",
    title: `${label} — nucleation transient`,
    files: [label],
    classification: { source: settings.kind === undefined ? "detected" : "config", reasons },
    method: {
      name: "classifyTransient (Scharifker–Hills)",
      description: "(j/j_m)² against t/t_m compared with the instantaneous and progressive curves",
      window: `t/t_m ${result.window.lower.toPrecision(3)}–${result.window.upper.toPrecision(3)}`,
      parameters: { baseline: "none", ...settings.text },
    },
    headline: [
      {
        key: "nucleation-mode",
        label: "Nucleation mode",
        value: result.verdict,
        unit: "",
        note: result.reason,
      },
      {
        key: "peak-time",
        label: "Peak time t_m",
        value: result.peakTime.value,
        unit: result.peakTime.unit,
      },
      {
        key: "peak-current-density",
        label: "Peak current density j_m",
        value: result.peakCurrentDensity.value,
        unit: result.peakCurrentDensity.unit,
      },
    ],
    warnings: reportWarnings(result.warnings),
    figures: [
      {
        name: "scharifker-hills",
        caption: "(j/j_m)² against t/t_m over the Scharifker–Hills curves",
        spec: result.plot,
      },
    ],
    tables: [],
    result: withoutPlots(result),
  };
}
