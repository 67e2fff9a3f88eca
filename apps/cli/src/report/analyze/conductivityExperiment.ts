import { arrheniusFit } from "@lmb/kinetics";
import type { ConductivitySeries } from "@lmb/schemas";
import {
  type DraftHeadline,
  type ExperimentDraft,
  estimateHeadline,
  reportWarnings,
  withoutPlots,
} from "../experimentDraft.js";
import type { FileSettingsSi } from "../settingsSi.js";

/**
 * A table of conductivity (or bulk resistance) against temperature as a report experiment:
 * the Arrhenius fit σ = A·exp(−E_a/RT) (or 1/R; `arrheniusFit` of `@lmb/kinetics`, SCIENCE.md
 * §3) and, with a conductivity column, σ at the temperature nearest 25 °C.
 *
 * @example
 * conductivityExperiment(series, "sigma.csv", { text: {}, sources: {} });
 */
export function conductivityExperiment(
  data: ConductivitySeries,
  label: string,
  settings: FileSettingsSi,
): ExperimentDraft {
  const c = data.columns;
  const fit = arrheniusFit(c);
  const headline: DraftHeadline[] = [
    estimateHeadline(
      "activation-energy",
      "Activation energy E_a (ion transport)",
      fit.activationEnergy,
      fit.relation,
    ),
  ];
  const rows: (number | null)[][] = [];
  let nearest = -1;
  for (let i = 0; i < c.temperature.length; i++) {
    const t = c.temperature[i] as number;
    rows.push([
      t - 273.15,
      c.conductivity === undefined ? null : (c.conductivity[i] as number) * 10,
      c.resistance === undefined ? null : (c.resistance[i] as number),
    ]);
    if (nearest < 0 || Math.abs(t - 298.15) < Math.abs((c.temperature[nearest] as number) - 298.15))
      nearest = i;
  }
  if (c.conductivity !== undefined && nearest >= 0) {
    headline.push({
      key: "conductivity",
      label: `Ionic conductivity σ at ${((c.temperature[nearest] as number) - 273.15).toPrecision(3)} °C`,
      value: (c.conductivity[nearest] as number) * 10,
      unit: "mS cm⁻¹",
    });
  }
  return {
    kind: "conductivity-temperature",
    title: `${label} — conductivity against temperature`,
    files: [label],
    classification: {
      source: settings.kind === undefined ? "detected" : "config",
      reasons: ["a table of conductivity or resistance against temperature"],
    },
    method: {
      name: `arrheniusFit (${fit.form})`,
      window: `${fit.window.pointCount} temperatures`,
      parameters: { ...settings.text },
    },
    headline,
    warnings: reportWarnings(fit.warnings),
    figures: [
      { name: "arrhenius", caption: "Arrhenius plot with the fitted line", spec: fit.plot },
    ],
    tables: [
      {
        name: "conductivity",
        caption: "Conductivity against temperature",
        columns: ["temperature (°C)", "conductivity (mS cm⁻¹)", "resistance (Ω)"],
        rows,
      },
    ],
    result: withoutPlots(fit),
  };
}
