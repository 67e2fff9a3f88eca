import { findVoltammogramPeaks, randlesSevcikAnalysis } from "@lmb/kinetics";
import type { Voltammogram, VoltammogramPeaksResult } from "@lmb/schemas";
import {
  type DraftFigure,
  type DraftHeadline,
  type ExperimentDraft,
  estimateHeadline,
  reportWarnings,
  withoutPlots,
} from "../experimentDraft.js";
import type { FileSettingsSi } from "../settingsSi.js";

/** One voltammogram of a group, with its settings. */
export interface VoltammogramMember {
  label: string;
  data: Voltammogram;
  settings: FileSettingsSi;
}

function lastPeak(peaks: VoltammogramPeaksResult, key: "anodic" | "cathodic"): number | undefined {
  return [...peaks.cycles].reverse().find((c) => c[key] !== undefined)?.[key]?.peakCurrent;
}

function slug(label: string): string {
  return (
    label
      .replace(/\.[^./]+$/, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "cv"
  );
}

/**
 * Voltammograms (one file, or one per scan rate) as a report experiment: the peaks of each
 * (`findVoltammogramPeaks` of `@lmb/kinetics`, last cycle with a peak) and, with two or more
 * scan rates, an area and a concentration, the Randles–Sevcik diffusion coefficient per branch
 * (`randlesSevcikAnalysis`; SCIENCE.md §1). The scan rate comes from the config, else the file.
 *
 * @param members - the voltammograms, any order
 * @param title - the experiment's title (folder or group name)
 * @returns the draft; without a concentration or area, D is left out with a warning
 * @example
 * voltammetryExperiment([{ label: "cv10.mpt", data, settings }], "cv");
 */
export function voltammetryExperiment(
  members: readonly VoltammogramMember[],
  title: string,
): ExperimentDraft {
  const warnings: ExperimentDraft["warnings"] = [];
  const figures: DraftFigure[] = [];
  const rows: (string | number | null)[][] = [];
  const points: { rate: number; anodic?: number | undefined; cathodic?: number | undefined }[] = [];
  const results: Record<string, unknown> = {};
  for (const m of members) {
    const peaks = findVoltammogramPeaks(m.data, { baseline: "none" });
    results[m.label] = withoutPlots(peaks);
    warnings.push(...reportWarnings(peaks.warnings, m.label));
    figures.push({
      name: `peaks-${slug(m.label)}`,
      caption: `${m.label}: current against potential, peaks marked`,
      spec: peaks.plot,
    });
    const rate = m.settings.scanRate ?? m.data.scanRate;
    const anodic = lastPeak(peaks, "anodic");
    const cathodic = lastPeak(peaks, "cathodic");
    rows.push([
      m.label,
      rate === undefined ? null : rate * 1e3,
      anodic === undefined ? null : anodic * 1e3,
      cathodic === undefined ? null : cathodic * 1e3,
    ]);
    if (rate === undefined) {
      warnings.push({
        code: "W_NO_SCAN_RATE",
        message: `${m.label} does not state its scan rate; set "scanRate" for it in lmb.json`,
      });
    } else points.push({ rate, anodic, cathodic });
  }
  const headline: DraftHeadline[] = [];
  const rates = new Set(points.map((p) => p.rate));
  const area = members
    .map((m) => m.settings.area ?? m.data.metadata.area)
    .find((a) => a !== undefined);
  const concentration = members.map((m) => m.settings.concentration).find((c) => c !== undefined);
  const temperature = members.map((m) => m.settings.temperature).find((t) => t !== undefined);
  let method = "findVoltammogramPeaks";
  if (rates.size >= 2) {
    if (area === undefined || concentration === undefined) {
      warnings.push({
        code: "W_NO_DIFFUSION",
        message: `voltammograms at ${rates.size} scan rates, but D needs the electrode area and the concentration of the electroactive species: set "area" and "concentration" in lmb.json`,
      });
    } else {
      const complete = (k: "anodic" | "cathodic") =>
        points.every((p) => p[k] !== undefined) ? points.map((p) => p[k] as number) : undefined;
      const anodic = complete("anodic");
      const cathodic = complete("cathodic");
      if (anodic === undefined && cathodic === undefined) {
        warnings.push({
          code: "W_NO_DIFFUSION",
          message: "no branch has a peak in every voltammogram: no D",
        });
      } else {
        const rs = randlesSevcikAnalysis(
          {
            scanRate: points.map((p) => p.rate),
            ...(anodic === undefined ? {} : { anodicPeakCurrent: anodic }),
            ...(cathodic === undefined ? {} : { cathodicPeakCurrent: cathodic }),
          },
          { area, concentration, ...(temperature === undefined ? {} : { temperature }) },
        );
        method = "findVoltammogramPeaks + randlesSevcikAnalysis (reversible)";
        results.randlesSevcik = withoutPlots(rs);
        warnings.push(...reportWarnings(rs.warnings));
        figures.push({
          name: "randles-sevcik",
          caption: "|I_p| against √v with the Randles–Sevcik lines",
          spec: rs.plot,
        });
        for (const b of [rs.anodic, rs.cathodic]) {
          if (b === undefined) continue;
          headline.push(
            estimateHeadline(
              b.branch === "anodic" ? "diffusion-coefficient" : "diffusion-coefficient-cathodic",
              `Diffusion coefficient D (${b.branch})`,
              b.diffusionCoefficient,
              b.linear
                ? "Randles–Sevcik, |I_p| linear in √v"
                : "Randles–Sevcik; |I_p| is NOT linear in √v",
            ),
          );
        }
      }
    }
  }
  return {
    kind: "voltammetry",
    title,
    files: members.map((m) => m.label),
    classification: {
      source: members.every((m) => m.settings.kind === undefined) ? "detected" : "config",
      reasons: [
        "potential swept back and forth at a constant rate: voltammograms",
        ...(rates.size >= 2 ? [`${rates.size} scan rates: Randles–Sevcik`] : []),
      ],
    },
    method: {
      name: method,
      window: "last cycle with a peak in each file",
      parameters: {
        scanRates:
          [...rates].map((r) => `${(r * 1e3).toPrecision(4)} mV/s`).join(", ") || "unknown",
        ...(area === undefined ? {} : { area: `${(area * 1e4).toPrecision(4)} cm²` }),
        ...(concentration === undefined ? {} : { concentration: `${concentration} mol m⁻³` }),
      },
    },
    headline,
    warnings,
    figures,
    tables: [
      {
        name: "peaks",
        caption: "Peak currents per scan rate",
        columns: ["file", "scan rate (mV s⁻¹)", "I_pa (mA)", "I_pc (mA)"],
        rows,
      },
    ],
    result: results,
  };
}
