import { LmbError } from "@lmb/errors";
import type {
  CellProtocol,
  InterphaseConfig,
  QuantityInput,
  SymmetricAsymmetricComparisonResultJson,
} from "@lmb/schemas";
import { requireIntegerOption } from "../../internal/requireOption.js";
import { simulateCell } from "../model/simulateCell.js";
import { parseProtocol } from "../protocol/parseProtocol.js";
import { comparedCell } from "./comparedCell.js";
import { comparisonCellConfig, comparisonCellSpec } from "./comparisonCell.js";
import { comparisonConclusion } from "./comparisonConclusion.js";
import {
  DEFAULT_COMPARISON_CELL,
  DEFAULT_COMPARISON_INTERPHASE,
  DEFAULT_COMPARISON_PROTOCOL,
  DEFAULT_THICK_ELECTRODE,
  DEFAULT_THIN_ELECTRODES,
  type SharedCellConfig,
} from "./comparisonDefaults.js";
import { comparisonTracesPlot, depletionPlot } from "./comparisonPlots.js";
import { depletionSweep } from "./depletionSweep.js";
import { protocolDuration } from "./protocolDuration.js";

/** Options of {@link compareSymmetricAsymmetric}. */
export interface CompareSymmetricAsymmetricOptions {
  /** The interphase on every Li surface. @default DEFAULT_COMPARISON_INTERPHASE */
  interphase?: InterphaseConfig;
  /** The protocol, as text or parsed. @default DEFAULT_COMPARISON_PROTOCOL */
  protocol?: string | CellProtocol;
  /** Everything else the cells share. @default DEFAULT_COMPARISON_CELL */
  cell?: SharedCellConfig;
  /** The thick (counter) Li of every cell. @default "100 um" */
  thick?: QuantityInput;
  /** The working Li of each cell; one equal to `thick` is the symmetric cell. @default ["100 um", "50 um", "20 um"] */
  thin?: readonly QuantityInput[];
  /**
   * Metal fractions for the depletion-time sweep; `[]` for none.
   * @default 0, 0.02, …, 0.6 when the interphase has metal, else none
   */
  fractions?: readonly number[];
  /** Trace points per protocol step. @default 8 */
  pointsPerStep?: number;
  /** Called after each simulation: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Metal fractions of the default sweep: 0 to 0.6 in steps of 0.02. */
export const DEFAULT_SWEEP_FRACTIONS: readonly number[] = Array.from(
  { length: 31 },
  (_, i) => Math.round(i * 2) / 100,
);

/**
 * Runs one interphase in a symmetric Li‖Li cell and in asymmetric ones under one protocol, and
 * shows why symmetric cells can mislead (SCIENCE.md §7; Su et al., EES Batteries 1, 242 (2025),
 * source 002): both electrodes of a symmetric cell hold the same thick reservoir (100 µm ≈
 * 20.6 mAh cm⁻²), so Li consumed by a leaky interphase shows only as rising polarisation, while the
 * thin electrode of an asymmetric cell (50 µm ≈ 10.3, 20 µm ≈ 4.1 mAh cm⁻²) runs out and sends the
 * voltage to the instrument's limit. With a constant leak i_leak per Li surface the thin electrode
 * (inventory Q, cycled by q per half cycle) runs out after ≈ (Q − q)/i_leak when it is stripped
 * first, ≈ Q/i_leak when it is plated first.
 *
 * Optionally sweeps the metal fraction to show how the depletion time falls through the
 * percolation threshold V_p (`depletionSweep`). Every cell is simulated by `simulateCell`.
 *
 * @returns `SymmetricAsymmetricComparisonResultSchema` JSON: per cell the end, depletion time,
 *   polarisation and Li lost; the sweep; a one-sentence conclusion; Vega-Lite plots
 * @throws LmbError `E_INVALID_INPUT` for fewer than two cells, a bad thickness or fraction, or an
 *   interphase without metal when a sweep is asked for; protocol and config errors of
 *   `parseProtocol` and `simulateCell`
 * @example
 * const r = compareSymmetricAsymmetric({ fractions: [] });
 * r.cells.map((c) => c.depletion?.time ?? null); // [null, ≈ 467, ≈ 157] h
 */
export function compareSymmetricAsymmetric(
  options: CompareSymmetricAsymmetricOptions = {},
): SymmetricAsymmetricComparisonResultJson {
  const interphase = options.interphase ?? DEFAULT_COMPARISON_INTERPHASE;
  const shared = options.cell ?? DEFAULT_COMPARISON_CELL;
  const protocol =
    typeof options.protocol === "object"
      ? options.protocol
      : parseProtocol(options.protocol ?? DEFAULT_COMPARISON_PROTOCOL);
  const thick = options.thick ?? DEFAULT_THICK_ELECTRODE;
  const thin = options.thin ?? DEFAULT_THIN_ELECTRODES;
  if (thin.length < 2) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `${thin.length} cell(s) given; a comparison needs two or more`,
      {
        location: { source: "thin" },
        fix: 'give at least two working-electrode thicknesses, e.g. ["100 um", "20 um"]',
      },
    );
  }
  const specs = thin.map((w, i) => comparisonCellSpec(thick, w, `thin[${i}]`));
  const fractions =
    options.fractions ?? (interphase.metal === undefined ? [] : DEFAULT_SWEEP_FRACTIONS);
  const pointsPerStep = requireIntegerOption(
    options.pointsPerStep ?? 8,
    "pointsPerStep",
    "trace points per step",
    1,
    "give a whole number of points per step, e.g. 8",
  );
  const total = specs.length * (1 + fractions.length);
  let done = 0;
  const sims = specs.map((spec) => {
    const sim = simulateCell(comparisonCellConfig(shared, spec, interphase), protocol, {
      pointsPerStep,
    });
    options.onProgress?.(++done, total);
    return sim;
  });
  const cells = sims.map((sim, i) => comparedCell(specs[i] as (typeof specs)[number], sim));
  const first = sims[0] as (typeof sims)[number];
  const resolved = first.cell.interphase;
  const percolation = resolved?.percolation;
  const sweep =
    fractions.length === 0
      ? null
      : depletionSweep({
          cell: shared,
          cells: specs,
          interphase,
          protocol,
          fractions,
          onProgress: (d) => options.onProgress?.(done + d, total),
        });
  const labels = specs.map((s) => s.label);
  const threshold = percolation?.threshold ?? null;
  const result: SymmetricAsymmetricComparisonResultJson = {
    protocol: {
      text: protocol.text,
      steps: protocol.steps.length,
      duration:
        (protocolDuration(protocol, first.cell.area) ??
          Math.max(...cells.map((c) => c.duration * 3600))) / 3600,
    },
    interphase: {
      metalFraction: interphase.metal?.fraction ?? null,
      aspectRatio: interphase.metal === undefined ? null : (interphase.metal.aspectRatio ?? 1),
      percolationThreshold: threshold,
      percolating: percolation === undefined ? null : percolation.percolating,
      electronicConductivity: resolved?.electronicConductivity ?? 0,
      initialLeakageCurrentDensity:
        resolved === undefined
          ? 0
          : resolved.growth.leakageCurrentDensity(resolved.initialThickness) / 10,
    },
    cells,
    fractionSweep: sweep,
    conclusion: "",
    plots: {
      traces: comparisonTracesPlot(
        sims.map((sim, i) => ({
          label: labels[i] as string,
          time: sim.data.columns.time,
          voltage: sim.data.columns.voltage,
          depletion: cells[i]?.depletion?.time ?? null,
        })),
      ),
      depletion: sweep === null ? null : depletionPlot(sweep, labels, threshold),
    },
  };
  result.conclusion = comparisonConclusion(result);
  return result;
}
