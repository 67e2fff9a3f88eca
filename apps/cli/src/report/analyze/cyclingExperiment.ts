import { analyzeCycling, cyclingAnalysisJson } from "@lmb/cells";
import type {
  CyclingAnalysisResult,
  CyclingData,
  ReportAnalysisSettings,
  ReportExperimentKind,
} from "@lmb/schemas";
import {
  type DraftHeadline,
  type DraftTable,
  type ExperimentDraft,
  estimateHeadline,
  objectTable,
  reportWarnings,
  withoutPlots,
} from "../experimentDraft.js";
import type { FileSettingsSi } from "../settingsSi.js";

/** Units of the per-cycle columns of the cycling results (`@lmb/schemas` cells). */
export const CYCLING_UNITS: Readonly<Record<string, string>> = {
  current: "mA",
  currentDensity: "mA cm⁻²",
  startTime: "h",
  endTime: "h",
  elapsed: "h",
  platingPlateau: "mV",
  strippingPlateau: "mV",
  overpotential: "mV",
  minOverpotential: "mV",
  maxOverpotential: "mV",
  hysteresis: "mV",
  peak: "mV",
  end: "mV",
  resistance: "Ω",
  areaSpecificResistance: "Ω cm²",
  cumulativeCapacity: "mAh",
  cumulativeArealCapacity: "mAh cm⁻²",
  plated: "mAh",
  stripped: "mAh",
  platedAreal: "mAh cm⁻²",
  strippedAreal: "mAh cm⁻²",
  coulombicEfficiency: "%",
  strippingEndVoltage: "V",
  chargeCapacity: "mAh",
  dischargeCapacity: "mAh",
  specificChargeCapacity: "mAh g⁻¹",
  specificDischargeCapacity: "mAh g⁻¹",
  arealChargeCapacity: "mAh cm⁻²",
  arealDischargeCapacity: "mAh cm⁻²",
  chargeEnergy: "mWh",
  dischargeEnergy: "mWh",
  energyEfficiency: "%",
  averageChargeVoltage: "V",
  averageDischargeVoltage: "V",
  voltageHysteresis: "mV",
  chargeCurrent: "mA",
  dischargeCurrent: "mA",
  dischargeCurrentDensity: "mA cm⁻²",
  chargeCRate: "h⁻¹",
  dischargeCRate: "h⁻¹",
  retention: "%",
  capacityPerHalfCycle: "mAh",
  arealCapacityPerHalfCycle: "mAh cm⁻²",
  durationPerHalfCycle: "h",
};

const FAILURE_NAMES: Record<string, string> = {
  "hard-short": "hard short",
  "soft-short": "soft short",
  "polarization-runaway": "polarization runaway",
  "voltage-limit": "voltage limit",
};

/** Default cycles at which the Li‖Li overpotential is stated. */
export const DEFAULT_OVERPOTENTIAL_CYCLES = [1, 10, 100] as const;

/** The report kind of an analysed cycling record. */
export function cyclingKind(result: CyclingAnalysisResult): ReportExperimentKind {
  if (result.cell === "li-cu") return "li-cu";
  if (result.cell === "full") return "full-cell";
  if (result.criticalCurrentDensity !== undefined) return "ccd";
  if ((result.symmetric?.rateTest.steps.length ?? 0) >= 2) return "rate-test";
  return result.cell === "asymmetric" ? "asymmetric-cycling" : "symmetric-cycling";
}

function lithiumHeadline(
  r: CyclingAnalysisResult,
  analysis: ReportAnalysisSettings,
): DraftHeadline[] {
  const s = r.symmetric;
  if (s === undefined) return [];
  const out: DraftHeadline[] = [];
  const kind = cyclingKind(r);
  if (kind !== "rate-test" && kind !== "ccd") {
    for (const cycle of analysis.overpotentialCycles ?? DEFAULT_OVERPOTENTIAL_CYCLES) {
      const row = s.cycles.find((c) => c.cycle === cycle);
      if (row === undefined) continue;
      out.push({
        key: `overpotential-cycle-${cycle}`,
        label: `Overpotential, cycle ${cycle}`,
        value: row.overpotential,
        unit: "mV",
        note: "mean of the half cycles' plateau |V| (median over 25–75 % of the charge)",
      });
    }
  }
  const first = s.failures.first;
  const cycles = s.cycles.length;
  out.push(
    first === null
      ? {
          key: "cycle-life",
          label: "Cycle life",
          value: cycles,
          unit: "cycles",
          note: "no failure within the record (censored: at least this many)",
        }
      : {
          key: "cycle-life",
          label: "Cycle life",
          value: first.cycle,
          unit: "cycles",
          note: `failed in cycle ${first.cycle} after ${first.elapsed.toPrecision(4)} h`,
        },
  );
  out.push({
    key: "failure-mode",
    label: "Failure mode",
    value: first === null ? "none observed" : (FAILURE_NAMES[first.kind] ?? first.kind),
    unit: "",
    ...(first === null ? {} : { note: first.message }),
  });
  const fit = s.rateTest.fit;
  if (fit !== null && fit !== undefined) {
    out.push(
      estimateHeadline(
        "exchange-current-density",
        "Exchange current density (rate test)",
        fit.exchangeCurrentDensity,
        "symmetric Butler–Volmer fit of the rate-test overpotentials",
      ),
    );
  }
  if (s.nucleation !== null) {
    out.push(
      estimateHeadline(
        "nucleation-overpotential",
        "Nucleation overpotential",
        s.nucleation.nucleationOverpotential,
        "η_nuc = |V_tip| − |V_plateau| of the first plating",
      ),
    );
  }
  return out;
}

function headline(r: CyclingAnalysisResult, analysis: ReportAnalysisSettings): DraftHeadline[] {
  const out = lithiumHeadline(r, analysis);
  if (r.criticalCurrentDensity !== undefined) {
    const c = r.criticalCurrentDensity;
    const value = c.censored ? c.ladder.at(-1)?.currentDensity : c.criticalCurrentDensity;
    if (value !== null && value !== undefined) {
      out.push({
        key: "ccd",
        label: "Critical current density",
        value,
        unit: "mA cm⁻²",
        note: c.censored ? "no step failed: the CCD is above this" : c.rule,
      });
    }
  }
  const l = r.lithiumCopper;
  if (l !== undefined) {
    const w = l.windows[0];
    if (w !== undefined) {
      out.push({
        key: "coulombic-efficiency",
        label: "Coulombic efficiency",
        value: w.mean,
        unit: "%",
        uncertainty: w.standardDeviation,
        note: `mean of cycles ${w.firstCycle}–${w.lastCycle} (SD as uncertainty)`,
      });
    }
    out.push({
      key: "cycle-life",
      label: "Cycle life",
      value: l.cycleLife.firstCycleBelow ?? l.cycles.length,
      unit: "cycles",
      note: l.cycleLife.censored
        ? `CE stayed above ${l.cycleLife.threshold} % (censored: at least this many)`
        : `first cycle with CE below ${l.cycleLife.threshold} %`,
    });
    if (l.nucleation !== null) {
      out.push(
        estimateHeadline(
          "nucleation-overpotential",
          "Nucleation overpotential on Cu",
          l.nucleation.nucleationOverpotential,
        ),
      );
    }
  }
  if (r.reservoir?.valid) {
    out.push({
      key: "coulombic-efficiency-reservoir",
      label: "Average CE (reservoir method)",
      value: r.reservoir.averageCoulombicEfficiency,
      unit: "%",
      note: r.reservoir.method,
    });
  }
  const f = r.fullCell;
  if (f !== undefined && f.cycles.length > 0) {
    const first = f.cycles[0];
    if (first !== undefined) {
      out.push({
        key: "initial-discharge-capacity",
        label: "Initial discharge capacity",
        value: first.specificDischargeCapacity ?? first.dischargeCapacity,
        unit: first.specificDischargeCapacity === null ? "mAh" : "mAh g⁻¹",
      });
    }
    const target = analysis.retentionCycle;
    const row =
      (target === undefined ? undefined : f.cycles.find((c) => c.cycle === target)) ??
      f.cycles.at(-1);
    if (row !== undefined && row.retention !== null && row.retention !== undefined) {
      out.push({
        key: "retention",
        label: `Capacity retention, cycle ${row.cycle}`,
        value: row.retention,
        unit: "%",
        note: `relative to cycle ${f.referenceCycle}`,
      });
    }
    const ces = f.cycles.slice(1).map((c) => c.coulombicEfficiency);
    if (ces.length > 0) {
      out.push({
        key: "coulombic-efficiency",
        label: "Coulombic efficiency",
        value: ces.reduce((a, b) => a + b, 0) / ces.length,
        unit: "%",
        note: `mean of cycles 2–${f.cycles.length}`,
      });
    }
  }
  return out;
}

function tables(r: CyclingAnalysisResult): DraftTable[] {
  const out: DraftTable[] = [];
  if (r.symmetric !== undefined) {
    out.push(objectTable("cycles", "Overpotential per cycle", r.symmetric.cycles, CYCLING_UNITS));
    if (r.symmetric.rateTest.steps.length >= 2) {
      out.push(
        objectTable("rate-steps", "Rate test steps", r.symmetric.rateTest.steps, CYCLING_UNITS),
      );
    }
  }
  if (r.criticalCurrentDensity !== undefined) {
    out.push(
      objectTable("ccd-ladder", "CCD ladder", r.criticalCurrentDensity.ladder, CYCLING_UNITS),
    );
  }
  if (r.lithiumCopper !== undefined) {
    out.push(
      objectTable(
        "cycles",
        "Coulombic efficiency per cycle",
        r.lithiumCopper.cycles,
        CYCLING_UNITS,
      ),
    );
  }
  if (r.fullCell !== undefined) {
    out.push(
      objectTable(
        "cycles",
        "Capacity, CE and retention per cycle",
        r.fullCell.cycles,
        CYCLING_UNITS,
      ),
    );
  }
  return out;
}

/**
 * A cycling record as a report experiment: `analyzeCycling` (cell type from the config or
 * guessed) and `cyclingAnalysisJson` of `@lmb/cells`, then the headline numbers papers quote —
 * Li‖Li: overpotential at the stated cycles, cycle life and failure mode, nucleation
 * overpotential, CCD, j0 of the rate test; Li‖Cu: CE (window mean ± SD), cycle life, nucleation
 * overpotential on Cu; full cell: initial capacity, retention, mean CE.
 *
 * @param data - the record (SI)
 * @param label - its path in the report
 * @param settings - area, mass, cell type, cycle window
 * @param analysis - report-wide analysis settings
 * @example
 * const draft = cyclingExperiment(record, "li-li/run1.mpt", { text: {}, sources: {} }, {});
 */
export function cyclingExperiment(
  data: CyclingData,
  label: string,
  settings: FileSettingsSi,
  analysis: ReportAnalysisSettings,
): ExperimentDraft {
  const a = analyzeCycling(data, {
    ...(settings.cellType === undefined ? {} : { cell: settings.cellType }),
    ...(settings.area === undefined ? {} : { area: settings.area }),
    ...(settings.mass === undefined ? {} : { activeMass: settings.mass }),
  });
  const window = settings.cycles;
  const result = cyclingAnalysisJson(a, data, {
    label,
    ...(window === undefined ? {} : { zoom: [window.from, window.to] as const }),
  });
  const kind = cyclingKind(result);
  const heads = headline(result, analysis);
  return {
    kind,
    title: `${label} — ${result.cell === "li-cu" ? "Li‖Cu" : result.cell === "full" ? "full cell" : `Li‖Li (${result.cell})`}`,
    files: [label],
    classification: {
      source: settings.cellType === undefined ? "detected" : "config",
      reasons: [
        "time, voltage and current columns with galvanostatic steps: a cycling record",
        ...(result.guess?.reasons ?? []),
      ],
    },
    method: {
      name: `analyzeCycling (${result.cell})`,
      description:
        "segmentation into half cycles, then the cell type's analysis (@lmb/cells, SCIENCE.md §1)",
      window: window === undefined ? "all cycles" : `cycles ${window.from}–${window.to} (zoom)`,
      parameters: {
        cell: result.cell,
        cellSource: result.cellSource,
        ...settings.text,
        ...Object.fromEntries(Object.entries(settings.sources).map(([k, v]) => [`${k}Source`, v])),
      },
    },
    headline: heads,
    warnings: reportWarnings(result.warnings),
    figures: result.plots.map((p) => ({ name: p.name, caption: p.title, spec: p.spec })),
    tables: tables(result),
    result: withoutPlots(result),
  };
}
