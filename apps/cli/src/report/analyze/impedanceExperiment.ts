import { interfaceImpedance, interfaceImpedanceSeries } from "@lmb/cells";
import { LmbError } from "@lmb/errors";
import type {
  ImpedanceSpectrum,
  InterfaceImpedanceResult,
  InterfaceImpedanceSeriesResult,
} from "@lmb/schemas";
import {
  type DraftFigure,
  type DraftHeadline,
  type ExperimentDraft,
  estimateHeadline,
  reportWarnings,
  withoutPlots,
} from "../experimentDraft.js";
import type { FileSettingsSi } from "../settingsSi.js";

/** One spectrum of an impedance experiment, with its settings and what the report knows of it. */
export interface SpectrumMember {
  label: string;
  data: ImpedanceSpectrum;
  settings: FileSettingsSi;
  /** Temperature, K, from the config, the file's column or its name. */
  temperature?: number | undefined;
  /** Time since the first spectrum, s. */
  time?: number | undefined;
}

/** Circuits tried in order when the config names none: two arcs (SEI, charge transfer), then one. */
export const DEFAULT_CIRCUITS = ["R0-p(R1,CPE1)-p(R2,CPE2)", "R0-p(R1,CPE1)"] as const;

const NAMES = {
  bulk: "R_bulk",
  sei: "R_SEI",
  chargeTransfer: "R_ct",
  interphase: "R_int",
} as const;

function withCircuits<T>(circuit: string | undefined, run: (circuit: string) => T): T {
  const circuits = circuit === undefined ? DEFAULT_CIRCUITS : [circuit];
  let last: unknown;
  for (const c of circuits) {
    try {
      return run(c);
    } catch (error) {
      if (!(error instanceof LmbError)) throw error;
      last = error;
    }
  }
  throw last;
}

function resistanceHeadline(r: InterfaceImpedanceResult, suffix = ""): DraftHeadline[] {
  const out: DraftHeadline[] = [];
  const int = r.resistances.interphase;
  if (int !== undefined) {
    out.push(
      int.areaSpecificResistance === undefined
        ? estimateHeadline(
            `interface-resistance${suffix}`,
            "Interface resistance R_int",
            int.interfaceResistance ?? int.resistance,
          )
        : estimateHeadline(
            `interface-asr${suffix}`,
            "Interface ASR (R_SEI + R_ct) × A",
            int.areaSpecificResistance,
          ),
    );
  }
  if (r.exchangeCurrent !== undefined) {
    out.push(
      estimateHeadline(
        `exchange-current-density${suffix}`,
        "Exchange current density j0 (from R_ct)",
        r.exchangeCurrent.exchangeCurrentDensity,
      ),
    );
  }
  return out;
}

function spectrumFigures(r: InterfaceImpedanceResult, slug: string, label: string): DraftFigure[] {
  const plots = r.fit.plots;
  if (plots === undefined) return [];
  return [
    {
      name: `nyquist-${slug}`,
      caption: `${label}: Nyquist plot with the ${r.fit.circuit} fit`,
      spec: plots.nyquist,
    },
  ];
}

function slugOf(label: string): string {
  return (
    label
      .replace(/\.[^./]+$/, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "spectrum"
  );
}

function resistanceRow(r: InterfaceImpedanceResult): (number | string | null)[] {
  const get = (k: keyof typeof NAMES) => r.resistances[k]?.resistance.value ?? null;
  return [
    r.label ?? "",
    r.temperature.si - 273.15,
    r.time?.value ?? null,
    get("bulk"),
    get("sei"),
    get("chargeTransfer"),
    get("interphase"),
    r.resistances.interphase?.areaSpecificResistance?.value ?? null,
    r.exchangeCurrent?.exchangeCurrentDensity.value ?? null,
  ];
}

const COLUMNS = [
  "file",
  "temperature (°C)",
  "time (h)",
  "R_bulk (Ω)",
  "R_SEI (Ω)",
  "R_ct (Ω)",
  "R_int (Ω)",
  "ASR_int (Ω cm²)",
  "j0 (mA cm⁻²)",
];

/**
 * One impedance spectrum as a report experiment: the circuit fit and the interface
 * resistances (`interfaceImpedance` of `@lmb/cells`: R_bulk, R_SEI, R_ct, R_int and j0 from R_ct
 * with an area). Without a circuit in the config, `R0-p(R1,CPE1)-p(R2,CPE2)` is tried, then
 * `R0-p(R1,CPE1)`.
 *
 * @example
 * impedanceExperiment(member, undefined);
 */
export function impedanceExperiment(
  m: SpectrumMember,
  circuit: string | undefined,
): ExperimentDraft {
  const r = withCircuits(circuit, (c) =>
    interfaceImpedance(m.data, c, {
      label: m.label,
      ...(m.settings.area === undefined ? {} : { area: m.settings.area }),
      ...(m.temperature === undefined ? {} : { temperature: m.temperature }),
    }),
  );
  return {
    kind: "impedance",
    title: `${m.label} — impedance spectrum`,
    files: [m.label],
    classification: {
      source: m.settings.kind === undefined ? "detected" : "config",
      reasons: ["frequency, Z′ and Z″ columns: an impedance spectrum"],
    },
    method: {
      name: "interfaceImpedance",
      description:
        "equivalent-circuit fit, resistances by role (series R → bulk; arcs by frequency, lowest → charge transfer)",
      window: `${m.data.columns.frequency.length} frequencies`,
      parameters: { circuit: r.fit.circuit, ...m.settings.text },
    },
    headline: resistanceHeadline(r),
    warnings: reportWarnings([...r.fit.warnings, ...r.resistances.warnings, ...r.warnings]),
    figures: spectrumFigures(r, slugOf(m.label), m.label),
    tables: [
      {
        name: "resistances",
        caption: "Resistances from the fit",
        columns: COLUMNS,
        rows: [resistanceRow(r)],
      },
    ],
    result: withoutPlots(r),
  };
}

/**
 * Spectra at several temperatures (or times) as one report experiment: each fitted from the
 * previous fit (`interfaceImpedanceSeries` of `@lmb/cells`) and, over temperature, the
 * Arrhenius fit of each resistance (1/R = A·exp(−E_a/RT); SCIENCE.md §3); headline: E_a of
 * R_int (and R_ct), or R_int at the first and last time.
 *
 * @example
 * impedanceSeriesExperiment(members, "temperature", undefined, "eis");
 */
export function impedanceSeriesExperiment(
  members: readonly SpectrumMember[],
  by: "temperature" | "time",
  circuit: string | undefined,
  title: string,
): ExperimentDraft {
  const area = members.map((m) => m.settings.area).find((a) => a !== undefined);
  const r: InterfaceImpedanceSeriesResult = withCircuits(circuit, (c) =>
    interfaceImpedanceSeries(
      members.map((m) => ({
        spectrum: m.data,
        label: m.label,
        ...(m.temperature === undefined ? {} : { temperature: m.temperature }),
        ...(m.time === undefined ? {} : { time: m.time }),
      })),
      c,
      { by, ...(area === undefined ? {} : { area }) },
    ),
  );
  const headline: DraftHeadline[] = [];
  if (by === "temperature") {
    for (const k of ["interphase", "chargeTransfer", "sei", "bulk"] as const) {
      const fit = r.arrhenius?.[k];
      if (fit === undefined) continue;
      headline.push(
        estimateHeadline(
          k === "interphase"
            ? "activation-energy"
            : `activation-energy-${k === "chargeTransfer" ? "ct" : k}`,
          `Activation energy E_a of ${NAMES[k]}`,
          fit.activationEnergy,
          `Arrhenius 1/R = A·exp(−E_a/RT), ${fit.window.pointCount} temperatures`,
        ),
      );
    }
  } else {
    const first = r.entries[0];
    const last = r.entries.at(-1);
    if (first !== undefined) headline.push(...resistanceHeadline(first, "-first"));
    if (last !== undefined && last !== first) headline.push(...resistanceHeadline(last, "-last"));
    for (const h of headline)
      h.label = `${h.label}, ${h.key.endsWith("-first") ? "first" : "last"} spectrum`;
  }
  const figures: DraftFigure[] = [
    {
      name: `resistances-vs-${by}`,
      caption:
        by === "temperature"
          ? "ln(1/R) against 1000/T with the Arrhenius lines"
          : "Resistances against time",
      spec: r.plot,
    },
    ...r.entries.flatMap((e) => spectrumFigures(e, slugOf(e.label ?? "spectrum"), e.label ?? "")),
  ];
  return {
    kind: by === "temperature" ? "impedance-temperature" : "impedance-time",
    title,
    files: members.map((m) => m.label),
    classification: {
      source: members.every((m) => m.settings.kind === undefined) ? "detected" : "config",
      reasons: [
        `${members.length} impedance spectra at different ${by === "temperature" ? "temperatures" : "times"}`,
      ],
    },
    method: {
      name: "interfaceImpedanceSeries",
      description: `each spectrum fitted from the previous one, ordered by ${by}${by === "temperature" ? "; Arrhenius fit of each resistance" : ""}`,
      window: `${members.length} spectra`,
      parameters: {
        circuit: r.circuit,
        by,
        ...(area === undefined ? {} : { area: `${(area * 1e4).toPrecision(4)} cm²` }),
      },
    },
    headline,
    warnings: reportWarnings([
      ...r.warnings,
      ...r.entries.flatMap((e) =>
        reportWarnings([...e.fit.warnings, ...e.resistances.warnings, ...e.warnings], e.label),
      ),
    ]),
    figures,
    tables: [
      {
        name: "resistances",
        caption: `Resistances against ${by}`,
        columns: COLUMNS,
        rows: r.entries.map(resistanceRow),
      },
    ],
    result: withoutPlots(r),
  };
}
