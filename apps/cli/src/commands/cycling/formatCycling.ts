import type {
  CellTypeGuessJson,
  CriticalCurrentDensityResultJson,
  CyclingAnalysisResult,
  CyclingSegmentationSummary,
  CyclingWarningJson,
  FullCellCyclingResultJson,
  LithiumCopperEfficiencyResultJson,
  ReservoirCoulombicEfficiencyResultJson,
  SymmetricCyclingResultJson,
} from "@lmb/schemas";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";

/** A number with 4 significant digits, "—" for null (unknown, e.g. per cm² without an area). */
export function n4(x: number | null | undefined): string {
  return x === null || x === undefined ? "—" : formatCount(x, 4);
}

/** Rows shown in a table of many cycles: all in `range`, else ≤ 21 evenly spread (first and last kept). */
export function shownRows<T extends { cycle: number }>(
  rows: readonly T[],
  range: readonly [number, number] | undefined,
): { rows: T[]; note: string } {
  if (range !== undefined) {
    const picked = rows.filter((r) => r.cycle >= range[0] && r.cycle <= range[1]);
    return { rows: picked, note: `${range[0]}–${range[1]} of ${rows.length}` };
  }
  if (rows.length <= 21) return { rows: [...rows], note: "" };
  const step = (rows.length - 1) / 20;
  const picked = Array.from({ length: 21 }, (_, k) => rows[Math.round(k * step)] as T);
  return {
    rows: picked,
    note: `21 of ${rows.length} shown; --cycles a-b for a range, --json for all`,
  };
}

/** Warnings as "warning W_CODE: message" lines. */
export function warningLines(warnings: readonly CyclingWarningJson[]): string {
  return warnings.map((w) => `warning ${w.code}: ${w.message}\n`).join("");
}

/** The head of every cycling command: file, cell and how it was decided, points, cycles, area. */
export function formatHeader(
  source: string | undefined,
  cell: { cell: string; cellSource: "option" | "guess"; guess: CellTypeGuessJson | null } | null,
  seg: CyclingSegmentationSummary,
): string {
  const rows: string[][] = [];
  if (source !== undefined) rows.push(["file", source]);
  if (cell !== null) {
    const how =
      cell.cellSource === "option"
        ? "given (--cell)"
        : cell.guess?.cellType === "unknown"
          ? "not recognised: analysed like a full cell (give --cell)"
          : "guessed from the data";
    rows.push(["cell", `${cell.cell} — ${how}`]);
  }
  rows.push([
    "record",
    `${seg.pointCount} points, ${seg.halfCycleCount} half cycles, ${seg.cycleCount} cycles, ${n4(seg.duration)} h from the first to the last current`,
  ]);
  rows.push([
    "area",
    seg.area === null ? "unknown (per-cm² numbers: —)" : `${n4(seg.area)} cm² (${seg.areaSource})`,
  ]);
  if (seg.rateSteps.length > 1) {
    rows.push([
      "rate steps",
      seg.rateSteps
        .map((s) => (s.currentDensity === null ? `${n4(s.current)} mA` : `${n4(s.currentDensity)}`))
        .join(", ") + (seg.rateSteps[0]?.currentDensity === null ? "" : " mA cm⁻²"),
    ]);
  }
  let text = formatTable(rows);
  if (cell?.guess != null) {
    text += `evidence (guess: ${cell.guess.cellType})\n`;
    text += cell.guess.reasons.map((r) => `  - ${r}\n`).join("");
  }
  return text;
}

/** The Li‖Li section: nucleation, failures, rate test and the per-cycle table. */
export function formatSymmetric(
  s: SymmetricCyclingResultJson,
  range: readonly [number, number] | undefined,
): string {
  const summary: string[][] = [];
  if (s.nucleation !== null) {
    summary.push([
      "nucleation",
      `η_nuc ${n4(s.nucleation.nucleationOverpotential.value)} mV (tip ${n4(s.nucleation.tipOverpotential.value)} mV, plateau ${n4(s.nucleation.plateauOverpotential.value)} mV)`,
    ]);
  }
  const first = s.cycles[0];
  const last = s.cycles[s.cycles.length - 1];
  if (first !== undefined && last !== undefined) {
    summary.push([
      "overpotential",
      `${n4(first.overpotential)} mV (cycle ${first.cycle}) → ${n4(last.overpotential)} mV (cycle ${last.cycle}); plateau = median |V| over ${s.plateauWindow.from * 100}–${s.plateauWindow.to * 100} % of each half cycle's charge`,
    ]);
  }
  const f = s.failures;
  summary.push([
    "failure",
    f.first === null
      ? "none detected"
      : `${f.first.kind} in cycle ${f.first.cycle} at ${n4(f.first.time)} h`,
  ]);
  let text = formatTable(summary);
  const events = [f.hardShort, f.polarizationRunaway, f.voltageLimit, ...f.softShorts].filter(
    (e) => e !== null,
  );
  if (events.length > 0) {
    text += "\nevents\n";
    text += formatTable(
      [
        ["kind", "cycle", "t (h)", "evidence"],
        ...events.map((e) => [e.kind, String(e.cycle), n4(e.time), e.message]),
      ],
      "  ",
    );
    if (f.softShortCount > f.softShorts.length) {
      text += `  (${f.softShortCount} soft-short events in all)\n`;
    }
  }
  if (s.rateTest.steps.length > 1) {
    text += "\nrate test\n";
    text += formatTable(
      [
        ["step", "j (mA cm⁻²)", "I (mA)", "η (mV)", "recovery"],
        ...s.rateTest.steps.map((r) => [
          String(r.step),
          n4(r.currentDensity),
          n4(r.current),
          n4(r.overpotential),
          r.recovery === null ? "" : `${n4(r.recovery)} × step ${r.returnsTo}`,
        ]),
      ],
      "  ",
    );
    const fit = s.rateTest.fit;
    if (fit !== null) {
      text += `  Butler–Volmer (symmetric cell): j0 = ${n4(fit.exchangeCurrentDensity.value)} ${fit.exchangeCurrentDensity.unit}, R_s = ${n4(fit.areaSpecificResistance.value)} ${fit.areaSpecificResistance.unit}\n`;
    }
  }
  const shown = shownRows(s.cycles, range);
  text += `\ncycles${shown.note === "" ? "" : ` (${shown.note})`}\n`;
  text += formatTable(
    [
      [
        "cycle",
        "j (mA cm⁻²)",
        "η plate (mV)",
        "η strip (mV)",
        "hysteresis (mV)",
        "ASR (Ω cm²)",
        "t (h)",
      ],
      ...shown.rows.map((c) => [
        String(c.cycle),
        n4(c.currentDensity),
        n4(c.platingPlateau),
        n4(c.strippingPlateau),
        n4(c.hysteresis),
        n4(c.areaSpecificResistance),
        n4(c.elapsed),
      ]),
    ],
    "  ",
  );
  return text;
}

/** The Li‖Cu section: wiring, cut-off, CE windows, cycle life and the per-cycle table. */
export function formatLithiumCopper(
  r: LithiumCopperEfficiencyResultJson,
  range: readonly [number, number] | undefined,
): string {
  const rows: string[][] = [
    ["wiring", r.wiring.evidence],
    [
      "cut-off",
      r.cutoff === null ? "none reached" : `${n4(r.cutoff.value)} V (${r.cutoff.source})`,
    ],
    ...r.windows.map((w) => [
      `CE ${w.firstCycle}–${w.lastCycle}`,
      `${n4(w.mean)} % mean, ${n4(w.chargeWeighted)} % Σstrip/Σplate, SD ${n4(Number(w.standardDeviation.toFixed(4)))} %`,
    ]),
    ...(r.nucleation === null
      ? []
      : [
          [
            "nucleation",
            `η_nuc ${n4(r.nucleation.nucleationOverpotential.value)} mV on Cu (tip ${n4(r.nucleation.tipOverpotential.value)} mV, plateau ${n4(r.nucleation.plateauOverpotential.value)} mV)`,
          ],
        ]),
    [
      "cycle life",
      r.cycleLife.censored
        ? `CE ≥ ${n4(r.cycleLife.threshold)} % for all ${r.cycleLife.cyclesAbove} cycles (censored)`
        : `CE < ${n4(r.cycleLife.threshold)} % first in cycle ${r.cycleLife.firstCycleBelow}`,
    ],
  ];
  const shown = shownRows(r.cycles, range);
  const areal = r.area !== null;
  return (
    formatTable(rows) +
    `\ncycles${shown.note === "" ? "" : ` (${shown.note})`}\n` +
    formatTable(
      [
        [
          "cycle",
          areal ? "plated (mAh cm⁻²)" : "plated (mAh)",
          areal ? "stripped (mAh cm⁻²)" : "stripped (mAh)",
          "CE (%)",
          "cut-off reached",
        ],
        ...shown.rows.map((c) => [
          String(c.cycle),
          n4(areal ? c.platedAreal : c.plated),
          n4(areal ? c.strippedAreal : c.stripped),
          n4(c.coulombicEfficiency),
          c.cutoffReached ? "yes" : "no (CE a lower bound)",
        ]),
      ],
      "  ",
    )
  );
}

/** The reservoir (modified Aurbach) result. */
export function formatReservoir(r: ReservoirCoulombicEfficiencyResultJson): string {
  return (
    formatTable([
      ["method", r.method],
      [
        "CE_avg",
        `${n4(r.averageCoulombicEfficiency)} % (Σ strips + Q_S)/(Q_T + Σ platings); formula ${n4(r.formulaCoulombicEfficiency)} %`,
      ],
      [
        "protocol",
        `Q_T ${n4(r.reservoirCapacity)} mAh, Q_C ${n4(r.cycleCapacity)} mAh (${n4(r.cycleCapacityRatio)} % of Q_T), n = ${r.cycles}, Q_S ${n4(r.finalStripCapacity)} mAh`,
      ],
      ["valid", r.valid ? "yes: every check passed" : "NO: see the failed checks"],
    ]) + r.checks.map((c) => `  ${c.passed ? "ok  " : "FAIL"} ${c.name}: ${c.message}\n`).join("")
  );
}

/** The full-cell section: 1 C basis, retention and fade, per-cycle and rate-capability tables. */
export function formatFullCell(
  r: FullCellCyclingResultJson,
  range: readonly [number, number] | undefined,
): string {
  const specific = r.activeMass !== null;
  const fade = r.retention.fade;
  const anode = r.convention.electrode === "anode";
  // An anode against Li is lithiated by the instrument's discharge and delithiated by its charge.
  const chName = anode ? "Q_delith" : "Q_ch";
  const disName = anode ? "Q_lith" : "Q_dis";
  const unit = specific ? "(mAh g⁻¹)" : "(mAh)";
  const rows: string[][] = [
    ["CE rule", r.convention.rule],
    [
      "active mass",
      r.activeMass === null
        ? "unknown (per-gram numbers: —)"
        : `${n4(r.activeMass)} mg (${r.activeMassSource})`,
    ],
    [
      "1 C",
      r.nominalCapacity === null
        ? "unknown (no C-rates)"
        : `${n4(r.nominalCapacity.value)} mAh (${r.nominalCapacity.basis})`,
    ],
    [
      "retention",
      `reference cycle ${r.referenceCycle}; ` +
        (r.retention.censored
          ? `above ${n4(r.retention.threshold)} % through cycle ${r.retention.lastCycle} (censored)`
          : `≤ ${n4(r.retention.threshold)} % first in cycle ${r.retention.firstCycleBelow}`),
    ],
  ];
  if (fade !== null) {
    rows.push([
      "fade",
      `${n4(fade.geometric.fadePerCycle.value)} % per cycle (geometric), ${n4(fade.linear.fadePerCycle.value)} % (linear)`,
    ]);
    const life = fade.cyclesToThreshold;
    const fits = [
      life.geometricExtrapolation === undefined
        ? ""
        : `${n4(life.geometricExtrapolation)} (geometric fit)`,
      life.linearExtrapolation === undefined ? "" : `${n4(life.linearExtrapolation)} (linear fit)`,
    ].filter((x) => x !== "");
    const label = `cycles to ${n4(r.retention.threshold)} %`;
    if (!life.censored && life.cycle !== undefined) {
      rows.push([label, `${n4(life.cycle)} (interpolated in the data)`]);
    } else if (fits.length > 0) {
      rows.push([
        label,
        `> ${n4(life.atLeast ?? r.retention.lastCycle)} measured; extrapolated ${fits.join(", ")}`,
      ]);
    }
  }
  const shown = shownRows(r.cycles, range);
  const q = (x: number, s: number | null) => n4(specific ? s : x);
  let text =
    formatTable(rows) +
    `\ncycles${shown.note === "" ? "" : ` (${shown.note})`}\n` +
    formatTable(
      [
        [
          "cycle",
          `${chName} ${unit}`,
          `${disName} ${unit}`,
          "CE (%)",
          "E_dis (mWh)",
          "V̄_dis (V)",
          "C-rate",
          "retention (%)",
        ],
        ...shown.rows.map((c) => [
          String(c.cycle),
          q(c.chargeCapacity, c.specificChargeCapacity),
          q(c.dischargeCapacity, c.specificDischargeCapacity),
          n4(c.coulombicEfficiency),
          n4(c.dischargeEnergy),
          n4(c.averageDischargeVoltage),
          n4(c.dischargeCRate),
          n4(c.retention),
        ]),
      ],
      "  ",
    );
  if (r.rateCapability.steps.length > 1) {
    text += "\nrate capability\n";
    text += formatTable(
      [
        [
          "step",
          "cycles",
          "C-rate",
          `${disName} ${unit}`,
          `${anode ? "Q_delith " : ""}vs step 0 (%)`,
        ],
        ...r.rateCapability.steps.map((s) => [
          String(s.step),
          `${s.firstCycle}–${s.lastCycle}`,
          n4(s.dischargeCRate),
          n4(specific ? s.meanSpecificDischargeCapacity : s.meanDischargeCapacity),
          n4(s.relativeToFirstStep),
        ]),
      ],
      "  ",
    );
  }
  return text;
}

/** `lmb cycling analyze` as text. */
export function formatAnalysis(
  r: CyclingAnalysisResult,
  range: readonly [number, number] | undefined,
): string {
  let text = formatHeader(r.source, r, r.segmentation);
  if (r.symmetric !== undefined) text += `\n${formatSymmetric(r.symmetric, range)}`;
  if (r.criticalCurrentDensity !== undefined) {
    text += `\ncritical current density (step-increase ladder)\n${formatCcd(r.criticalCurrentDensity)}`;
  }
  if (r.lithiumCopper !== undefined) text += `\n${formatLithiumCopper(r.lithiumCopper, range)}`;
  if (r.reservoir !== undefined)
    text += `\nreservoir (modified Aurbach)\n${formatReservoir(r.reservoir)}`;
  if (r.fullCell !== undefined) text += `\n${formatFullCell(r.fullCell, range)}`;
  return text + warningLines(r.warnings);
}

/** `lmb cycling ccd` as text. */
export function formatCcd(r: CriticalCurrentDensityResultJson): string {
  const head = formatTable([
    [
      "CCD",
      r.censored
        ? `above ${n4(r.ladder[r.ladder.length - 1]?.currentDensity)} mA cm⁻² (no step failed)`
        : `${n4(r.criticalCurrentDensity)} mA cm⁻² (last stable); failing ${n4(r.failingCurrentDensity)} mA cm⁻²`,
    ],
    ...(r.event === null
      ? []
      : [
          [
            "event",
            `${r.event.kind} in cycle ${r.event.cycle} at ${n4(r.event.time)} h: ${r.event.message}`,
          ],
        ]),
    ["rule", r.rule],
  ]);
  return (
    head +
    "\nladder\n" +
    formatTable(
      [
        ["step", "j (mA cm⁻²)", "mAh cm⁻² per half cycle", "h per half cycle", "η (mV)", ""],
        ...r.ladder.map((s) => [
          String(s.step),
          n4(s.currentDensity),
          n4(s.arealCapacityPerHalfCycle),
          n4(s.durationPerHalfCycle),
          n4(s.overpotential),
          s.step === r.failingStep ? "← failed" : "",
        ]),
      ],
      "  ",
    ) +
    warningLines(r.warnings)
  );
}
