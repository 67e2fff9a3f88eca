import type { CellSimulationResultJson } from "@lmb/schemas";
import { formatTable } from "../../output/formatTable.js";

const p = (x: number, digits = 4) => Number(x.toPrecision(digits)).toString();

/**
 * The human-readable summary of `lmb cell simulate`: how it ended, the Li balance, the
 * interphase, the cycle-life estimate and the events (the first ten).
 *
 * @example
 * io.stdout.write(formatSimulation(sim.summary));
 */
export function formatSimulation(r: CellSimulationResultJson): string {
  const lines: string[][] = [
    ["cell", r.cellKind],
    ["end", `${r.endReason}: ${r.message}`],
    ["duration", `${p(r.duration)} h`],
    ["steps", `${r.steps.completed} of ${r.steps.total}`],
    ["points", String(r.pointCount)],
  ];
  const li = r.lithium;
  const balance: string[][] = [
    ["Li (mAh cm⁻²)", "start", "end"],
    ["working electrode", p(li.initial.working), p(li.final.working)],
    ["counter electrode", p(li.initial.counter), p(li.final.counter)],
    ["dead Li (1 − CE)", "0", p(li.final.deadLithium)],
    ["interphase", "0", p(li.final.interphase)],
    ["total", p(li.initial.total, 8), p(li.final.total, 8)],
  ];
  let text = `${formatTable(lines)}\n${formatTable(balance)}`;
  text += `conservation error ${li.conservationError.toExponential(1)} (relative)\n`;
  const i = r.interphase;
  if (i) {
    text += `\ninterphase: σ_e = ${i.electronicConductivity.toExponential(2)} S m⁻¹${
      i.percolationThreshold === null ? "" : ` (V_p = ${p(i.percolationThreshold, 3)})`
    }, growth ${i.regime}; thickness ${p(i.thickness.working.initial)} → ${p(
      i.thickness.working.final,
    )} nm (working), ${p(i.thickness.counter.initial)} → ${p(i.thickness.counter.final)} nm (counter); leakage at the end ${i.finalLeakageCurrentDensity.toExponential(2)} mA cm⁻²\n`;
  }
  const life = r.cycleLife;
  if (life) {
    text += `\ncycle life N ≈ Q_excess/((1 − CE)·Q) = ${
      life.estimate === null ? "unlimited (CE = 1)" : p(life.estimate, 3)
    } (Q_excess ${p(life.excess)} mAh cm⁻², Q ${p(life.capacityPerCycle)} mAh cm⁻²)\n`;
  }
  const shown = r.events.filter((e) => e.kind !== "nucleation").slice(0, 10);
  if (shown.length > 0) {
    text += `\nevents:\n${formatTable(
      // cycles are 0-based in the result, 1-based on screen (as lmb cycling analyze prints them)
      shown.map((e) => [`${p(e.time)} h`, e.kind, `cycle ${e.cycle + 1}`, e.message]),
      "  ",
    )}`;
  }
  return text;
}
