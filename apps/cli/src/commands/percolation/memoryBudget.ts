import { availableParallelism, totalmem } from "node:os";
import { LmbError } from "@lmb/errors";
import { LATTICES, type LatticeId } from "@lmb/percolation";

/** Share of the machine's memory a command may plan to use. */
const SHARE = 0.7;

function gib(bytes: number): string {
  return bytes >= 2 ** 30
    ? `${(bytes / 2 ** 30).toFixed(1)} GiB`
    : `${Math.ceil(bytes / 2 ** 20)} MiB`;
}

/**
 * Refuses, before any work starts, a request whose estimated memory exceeds 70 % of the
 * machine's (`os.totalmem()`), naming the estimate and a size that fits.
 *
 * @param bytes - the estimate
 * @param what - the request, e.g. "sc lattice L = 2048"
 * @param fix - how to shrink it
 * @throws LmbError `E_TOO_LARGE`
 * @example checkMemory(latticeBytes("sc", 256, 256, "site", 2), "sc L = 256", "use --size 128");
 */
export function checkMemory(
  bytes: number,
  what: string,
  fix: string,
  available = totalmem(),
): void {
  if (!(bytes <= SHARE * available)) {
    throw new LmbError(
      "E_TOO_LARGE",
      `${what} needs about ${gib(bytes)}, more than this machine can give (${gib(available)} in all)`,
      { fix },
    );
  }
}

/**
 * Estimated bytes of a Newman–Ziff lattice run on `threads` workers: each worker holds the
 * union–find parents (4 bytes per site) and the permutation (4 bytes per site or bond slot),
 * plus ~40 MiB of runtime per worker thread.
 *
 * @example latticeBytes("sc", 256, 256, "site", 2); // ≈ 2 × 134 MB + 80 MiB
 */
export function latticeBytes(
  lattice: LatticeId,
  size: number,
  thickness: number,
  mode: "site" | "bond",
  threads = availableParallelism(),
): number {
  const def = LATTICES[lattice];
  const sites = (def.dimension === 2 ? size : size * size) * thickness;
  const slots = mode === "site" ? sites : sites * (def.coordination / 2 + (def.brickWall ? 1 : 0));
  return threads * (4 * (sites + 2) + 4 * slots + 40 * 2 ** 20);
}

/**
 * Estimated bytes of one resistor-network solve: the sparse matrix is assembled from JavaScript
 * triplet arrays (3 arrays × (z + 1) entries per site at up to 16 bytes, growth included), stored
 * as CSR (12 bytes per entry) and solved by CG with ~6 vectors of 8 bytes per site.
 *
 * @example networkBytes("sc", 16, 16); // ≈ 5 MB
 */
export function networkBytes(lattice: LatticeId, size: number, thickness: number): number {
  const def = LATTICES[lattice];
  const sites = (def.dimension === 2 ? size : size * size) * thickness;
  const entries = sites * (def.coordination + 1);
  return entries * (3 * 16 + 12) + sites * 6 * 8;
}

/**
 * Estimated bytes of a continuum slab run: arrays sized for 1.5× the particles that fill the slab
 * once (positions, orientation, union–find, cell list: ~68 bytes each), doubled by growth.
 *
 * @example continuumBytes(20, 10, Math.PI / 6); // ≈ 1 MB
 */
export function continuumBytes(lateral: number, thickness: number, particleVolume: number): number {
  const capacity = (1.5 * lateral * lateral * thickness) / particleVolume;
  return 2 * capacity * 68 + 4 * lateral * lateral * thickness;
}
