/**
 * Scale of raw integer currents, capacities and energies by the channel's current **range**
 * (the `range` field of nda 22/29 and ndc 2/5 records): raw × factor = mA (or mA·s). Source:
 * fastnda `MULTIPLIER_MAP` (BSD-3), summarised in `shared/research/cycling.md` §2.3.
 */
export const NEWARE_RANGE_FACTORS: ReadonlyMap<number, number> = new Map([
  [-100000000, 1e1],
  [-200000, 1e-2],
  [-100000, 1e-2],
  [-60000, 1e-2],
  [-50000, 1e-2],
  [-40000, 1e-2],
  [-30000, 1e-2],
  [-20000, 1e-2],
  [-12000, 1e-2],
  [-10000, 1e-2],
  [-6000, 1e-2],
  [-5000, 1e-2],
  [-3000, 1e-2],
  [-2000, 1e-2],
  [-1000, 1e-2],
  [-500, 1e-3],
  [-100, 1e-3],
  [-50, 1e-4],
  [-25, 1e-4],
  [-20, 1e-4],
  [-10, 1e-4],
  [-5, 1e-5],
  [-2, 1e-5],
  [-1, 1e-5],
  [0, 0],
  [1, 1e-4],
  [2, 1e-4],
  [5, 1e-4],
  [10, 1e-3],
  [20, 1e-3],
  [25, 1e-3],
  [50, 1e-3],
  [100, 1e-2],
  [200, 1e-2],
  [250, 1e-2],
  [500, 1e-2],
  [1000, 1e-1],
  [6000, 1e-1],
  [10000, 1e-1],
  [12000, 1e-1],
  [20000, 1e-1],
  [30000, 1e-1],
  [40000, 1e-1],
  [50000, 1e-1],
  [60000, 1e-1],
  [100000, 1e-1],
  [200000, 1e-1],
]);

/**
 * The factor for a range code, or — for a code not in the table — the factor of the nearest
 * known code of the same sign, with `known: false` so the reader can warn.
 *
 * @example
 * rangeFactor(-2000); // { factor: 0.01, known: true }
 */
export function rangeFactor(range: number): { factor: number; known: boolean } {
  const exact = NEWARE_RANGE_FACTORS.get(range);
  if (exact !== undefined) return { factor: exact, known: true };
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [code, factor] of NEWARE_RANGE_FACTORS) {
    if (Math.sign(code) !== Math.sign(range)) continue;
    const distance = Math.abs(Math.log(Math.abs(code)) - Math.log(Math.abs(range)));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = factor;
    }
  }
  return { factor: best, known: false };
}
