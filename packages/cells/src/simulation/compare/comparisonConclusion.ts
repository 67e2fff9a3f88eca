import type { SymmetricAsymmetricComparisonResultJson } from "@lmb/schemas";

const h = (x: number) => `${Number(x.toPrecision(3))} h`;
const mV = (x: number) => `${Math.round(x)} mV`;

/**
 * One sentence on what a comparison shows: which cells ran out of Li and when, and what the
 * symmetric cell showed instead (its polarisation rise).
 *
 * @example comparisonConclusion(result); // "The symmetric cell 100 µm | 100 µm completed 600 h, its polarisation rising from 75 to 200 mV, while 100 µm | 50 µm ran out of Li at 467 h and 100 µm | 20 µm at 157 h."
 */
export function comparisonConclusion(
  r: Omit<SymmetricAsymmetricComparisonResultJson, "conclusion">,
): string {
  const depleted = r.cells.filter((c) => c.depletion !== null);
  const symmetric = r.cells.filter((c) => c.kind === "symmetric");
  const sym = symmetric
    .map((c) =>
      c.depletion === null
        ? `the symmetric cell ${c.label} ${c.endReason === "completed" ? "completed" : `stopped (${c.endReason}) after`} ${h(c.duration)} without running out of Li, its polarisation rising from ${mV(c.polarisation.initial)} to ${mV(c.polarisation.maximum)}`
        : `the symmetric cell ${c.label} ran out of Li at ${h(c.depletion.time)}`,
    )
    .join("; ");
  const asym = depleted
    .filter((c) => c.kind === "asymmetric")
    .map((c) => `${c.label} at ${h((c.depletion as { time: number }).time)}`);
  const interphase = r.interphase;
  const metal =
    interphase.metalFraction === null || interphase.percolationThreshold === null
      ? ""
      : ` (V_f = ${interphase.metalFraction} ${interphase.percolating ? ">" : "≤"} V_p = ${Number(interphase.percolationThreshold.toPrecision(3))})`;
  if (depleted.length === 0) {
    return `No cell ran out of Li within the protocol: the interphase${metal} consumed ${Number(Math.max(...r.cells.map((c) => c.lithiumLost.interphase)).toPrecision(3))} mAh cm⁻² at most.`;
  }
  const head = sym === "" ? "" : `${sym.charAt(0).toUpperCase()}${sym.slice(1)}, while `;
  const tail =
    asym.length === 0
      ? ""
      : `the asymmetric cell${asym.length > 1 ? "s" : ""} ran out of Li and hit the voltage limit: ${asym.join(", ")}`;
  return `${head}${tail}${metal}.`;
}
