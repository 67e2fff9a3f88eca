import type {
  ReportClassification,
  ReportExperimentKind,
  ReportHeadline,
  ReportMethod,
  ReportWarning,
  VegaLiteSpec,
} from "@lmb/schemas";

/** A figure before it is rendered: a file-name-safe name, a caption and its Vega-Lite spec. */
export interface DraftFigure {
  name: string;
  caption: string;
  spec: VegaLiteSpec;
}

/** A table before it is written: a name, caption, header (with units) and rows. */
export interface DraftTable {
  name: string;
  caption: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

/** A headline number before the experiment has its id. */
export type DraftHeadline = Omit<ReportHeadline, "experimentId">;

/**
 * An analysed experiment before its files are written: everything of a `ReportExperiment`
 * except the id, with figures as specs and tables as rows.
 */
export interface ExperimentDraft {
  kind: ReportExperimentKind;
  title: string;
  files: string[];
  classification: ReportClassification;
  method: ReportMethod;
  headline: DraftHeadline[];
  warnings: ReportWarning[];
  figures: DraftFigure[];
  tables: DraftTable[];
  result?: Record<string, unknown>;
}

/** The estimate shape of `@lmb/kinetics` results (value, unit, standard error). */
export interface EstimateLike {
  value: number;
  unit: string;
  standardError?: number | undefined;
}

/**
 * A headline from a `KineticsEstimate`-like value (value, unit, standard error).
 *
 * @example
 * estimateHeadline("activation-energy", "E_a of R_ct", fit.activationEnergy);
 */
export function estimateHeadline(
  key: string,
  label: string,
  estimate: EstimateLike,
  note?: string,
): DraftHeadline {
  return {
    key,
    label,
    value: estimate.value,
    unit: estimate.unit,
    ...(estimate.standardError === undefined || !Number.isFinite(estimate.standardError)
      ? {}
      : { uncertainty: estimate.standardError }),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * Warnings of any lmb result in the report's shape (`{code, message}`), with a prefix naming
 * the file when given; codes that are not upper-case identifiers become `W_OTHER`.
 *
 * @example
 * reportWarnings(result.warnings, "a.mpt"); // [{ code: "W_NO_AREA", message: "a.mpt: …" }]
 */
export function reportWarnings(
  warnings: readonly { code: string; message: string }[],
  prefix?: string,
): ReportWarning[] {
  return warnings.map((w) => ({
    code: /^[A-Z][A-Z0-9_]*$/.test(w.code) ? w.code : "W_OTHER",
    message: prefix === undefined ? w.message : `${prefix}: ${w.message}`,
  }));
}

/** Drops `plot`/`plots` (Vega-Lite specs, written as figures) from a result before it goes into results.json. */
export function withoutPlots(result: object): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(result, (key, value) => (key === "plot" || key === "plots" ? undefined : value)),
  ) as Record<string, unknown>;
}

/**
 * A table from rows of flat objects: the keys become columns (with units from `units`), nested
 * values are left out.
 *
 * @example
 * objectTable("cycles", "Per cycle", result.cycles, { overpotential: "mV" });
 */
export function objectTable(
  name: string,
  caption: string,
  rows: readonly object[],
  units: Readonly<Record<string, string>> = {},
): DraftTable {
  const keys: string[] = [];
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (keys.includes(key)) continue;
      if (value === null || ["number", "string", "boolean"].includes(typeof value)) keys.push(key);
    }
  }
  return {
    name,
    caption,
    columns: keys.map((k) => (units[k] ? `${k} (${units[k]})` : k)),
    rows: rows.map((row) =>
      keys.map((k) => {
        const v = (row as Record<string, unknown>)[k];
        return v === undefined ? null : (v as string | number | boolean | null);
      }),
    ),
  };
}
