import { LmbError } from "@lmb/errors";
import type { CyclingData, Dataset, ReportExperimentKind, Voltammogram } from "@lmb/schemas";
import type { TransientRecord } from "./analyze/nucleationExperiment.js";

/** What a dataset is, for the report, and why. */
export type DatasetClass =
  | { kind: "cycling"; data: CyclingData; reasons: string[] }
  | { kind: "nucleation"; record: TransientRecord; reasons: string[] }
  | { kind: "voltammogram"; data: Voltammogram; reasons: string[] }
  | { kind: "impedance"; reasons: string[] }
  | { kind: "conductivity"; reasons: string[] };

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))
  ] as number;
}

/**
 * Whether a time–voltage–current record is one potentiostatic step with a moving current (a
 * chronoamperometric nucleation transient): while current flows, the voltage stays within
 * max(5 mV, 1 % of |V|) (2nd–98th percentile) and |I| moves by more than 20 % of its peak.
 *
 * @example isPotentiostaticStep(record); // true for a CA transient read as cycling data
 */
export function isPotentiostaticStep(data: CyclingData): boolean {
  const { voltage, current } = data.columns;
  let peak = 0;
  for (const i of current) peak = Math.max(peak, Math.abs(i));
  if (!(peak > 0)) return false;
  const v: number[] = [];
  const a: number[] = [];
  for (let k = 0; k < current.length; k++) {
    const i = Math.abs(current[k] as number);
    if (i > 0.01 * peak) {
      v.push(voltage[k] as number);
      a.push(i);
    }
  }
  if (v.length < 10) return false;
  const vs = Float64Array.from(v).sort();
  const as = Float64Array.from(a).sort();
  const span = percentile(vs, 0.98) - percentile(vs, 0.02);
  const level = Math.abs(percentile(vs, 0.5));
  const signs = new Set(Array.from(current, (i) => Math.sign(i)).filter((s) => s !== 0));
  return (
    signs.size === 1 &&
    span <= Math.max(5e-3, 0.01 * level) &&
    percentile(as, 0.98) - percentile(as, 0.02) > 0.2 * peak
  );
}

/**
 * The sweep rate of a record whose voltage is swept back and forth at a constant rate (a
 * voltammogram recorded as time–voltage–current), or undefined: at least 80 % of the steps have
 * |dV/dt| within 30 % of the median, the sweep reverses at least once and spans ≥ 50 mV.
 *
 * @returns |dV/dt|, V s⁻¹, or undefined when the record is not a sweep
 * @example sweepRate(record); // 0.01 for a 10 mV/s CV
 */
export function sweepRate(data: CyclingData): number | undefined {
  const { time, voltage } = data.columns;
  const rates: number[] = [];
  let reversals = 0;
  let lastSign = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let k = 1; k < time.length; k++) {
    const dt = (time[k] as number) - (time[k - 1] as number);
    const dv = (voltage[k] as number) - (voltage[k - 1] as number);
    lo = Math.min(lo, voltage[k] as number);
    hi = Math.max(hi, voltage[k] as number);
    if (!(dt > 0)) continue;
    rates.push(Math.abs(dv / dt));
    const s = Math.sign(dv);
    if (s !== 0 && lastSign !== 0 && s !== lastSign) reversals++;
    if (s !== 0) lastSign = s;
  }
  if (rates.length < 20 || hi - lo < 0.05) return undefined;
  const sorted = Float64Array.from(rates).sort();
  const median = percentile(sorted, 0.5);
  if (!(median > 1e-6)) return undefined;
  const steady = rates.filter((r) => Math.abs(r - median) <= 0.3 * median).length;
  // Noise flips the sign of a few steps; a real sweep reverses a few times, not every step.
  if (steady < 0.8 * rates.length || reversals < 1 || reversals > 0.05 * rates.length + 10) {
    return undefined;
  }
  return median;
}

const CYCLING_KINDS: readonly ReportExperimentKind[] = [
  "symmetric-cycling",
  "asymmetric-cycling",
  "rate-test",
  "ccd",
  "li-cu",
  "full-cell",
];

function expected(kind: ReportExperimentKind): Dataset["kind"][] {
  if (CYCLING_KINDS.includes(kind)) return ["cycling"];
  if (kind === "nucleation") return ["transient", "cycling"];
  if (kind === "voltammetry") return ["voltammogram", "cycling"];
  if (kind === "conductivity-temperature") return ["conductivity"];
  return ["impedance"];
}

/**
 * Recognises what a dataset is for the report: the reader's kind (impedance, voltammogram,
 * transient, conductivity), and for time–voltage–current records whether they are a
 * potentiostatic step (nucleation transient), a voltage sweep (voltammogram) or galvanostatic
 * cycling (whose cell type the cycling analysis then guesses). A kind set in the config wins,
 * when the data can be read as it.
 *
 * @param dataset - as read by `@lmb/io`
 * @param forced - the config's `kind` for this file
 * @throws LmbError `E_KIND_MISMATCH` when the config's kind does not fit the data
 * @example
 * classifyDataset(await readFile("ca.csv"), undefined).kind; // "nucleation"
 */
export function classifyDataset(dataset: Dataset, forced?: ReportExperimentKind): DatasetClass {
  const source = dataset.metadata.sourceFile ?? "the file";
  if (forced !== undefined && !expected(forced).includes(dataset.kind)) {
    throw new LmbError(
      "E_KIND_MISMATCH",
      `${source} is set to kind "${forced}" in the config, but it holds a ${dataset.kind} dataset`,
      {
        location: { source },
        fix: `remove the kind override for ${source} or give it the right file`,
      },
    );
  }
  switch (dataset.kind) {
    case "impedance":
      return {
        kind: "impedance",
        reasons: ["frequency, Z′ and Z″ columns: an impedance spectrum"],
      };
    case "conductivity":
      return {
        kind: "conductivity",
        reasons: ["a table of conductivity or resistance against temperature"],
      };
    case "voltammogram": {
      const reasons = ["potential and current columns of a sweep: a voltammogram"];
      const time = dataset.columns.time;
      if (dataset.scanRate !== undefined || time === undefined) {
        return { kind: "voltammogram", data: dataset, reasons };
      }
      // The file does not state its scan rate (EC-Lab exports of a cut record, plain CSV): the
      // sweep itself gives it, as in a cycling-shaped record.
      const rate = sweepRate({
        kind: "cycling",
        columns: { time, voltage: dataset.columns.potential, current: dataset.columns.current },
        metadata: dataset.metadata,
      });
      if (rate === undefined) return { kind: "voltammogram", data: dataset, reasons };
      reasons.push(
        `scan rate ${(rate * 1e3).toPrecision(3)} mV/s read from the sweep (median |dE/dt|; the file does not state it)`,
      );
      return { kind: "voltammogram", data: { ...dataset, scanRate: rate }, reasons };
    }
    case "transient":
      return {
        kind: "nucleation",
        record: {
          time: dataset.columns.time,
          current: dataset.columns.current,
          currentDensity: dataset.columns.currentDensity,
          area: dataset.metadata.area,
        },
        reasons: ["a current transient at a held potential (chronoamperometry)"],
      };
    case "cycling":
      return classifyRecord(dataset, forced);
  }
}

function asTransient(data: CyclingData, reasons: string[]): DatasetClass {
  return {
    kind: "nucleation",
    record: { time: data.columns.time, current: data.columns.current, area: data.metadata.area },
    reasons,
  };
}

function asVoltammogram(
  data: CyclingData,
  rate: number | undefined,
  reasons: string[],
): DatasetClass {
  const v: Voltammogram = {
    kind: "voltammogram",
    columns: {
      potential: data.columns.voltage,
      current: data.columns.current,
      time: data.columns.time,
    },
    ...(rate === undefined ? {} : { scanRate: rate }),
    metadata: data.metadata,
  };
  return { kind: "voltammogram", data: v, reasons };
}

function classifyRecord(data: CyclingData, forced: ReportExperimentKind | undefined): DatasetClass {
  if (forced === "nucleation") return asTransient(data, ["set to nucleation in the config"]);
  if (forced === "voltammetry")
    return asVoltammogram(data, sweepRate(data), ["set to voltammetry in the config"]);
  if (forced === undefined) {
    if (isPotentiostaticStep(data)) {
      return asTransient(data, [
        "the voltage holds still while the current moves: a potentiostatic step (nucleation transient)",
      ]);
    }
    const rate = sweepRate(data);
    if (rate !== undefined) {
      return asVoltammogram(data, rate, [
        `the voltage is swept back and forth at ${(rate * 1e3).toPrecision(3)} mV/s: a voltammogram`,
      ]);
    }
  }
  return { kind: "cycling", data, reasons: ["time, voltage and current with galvanostatic steps"] };
}
