import { existsSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { LmbError } from "@lmb/errors";

/** The worker script of the bundled CLI, built beside lmb.js (see tsup.config.ts). */
const BUNDLED_WORKER = "./lattice-worker.js";

/**
 * In the bundled `lmb` (dist/lmb.js), checks that the worker script sits beside it, so a broken
 * install fails with a clear error instead of a crashed thread. From source the library finds
 * its own worker. The same script runs lattice sweeps and continuum jobs.
 *
 * @throws LmbError `E_INSTALL` when dist/lattice-worker.js is missing
 * @example checkBundledWorker();
 */
export function checkBundledWorker(): void {
  const here = fileURLToPath(import.meta.url);
  if (basename(here) !== "lmb.js") return;
  const worker = fileURLToPath(new URL(BUNDLED_WORKER, import.meta.url));
  if (!existsSync(worker)) {
    throw new LmbError("E_INSTALL", `the simulation worker ${worker} is missing`, {
      fix: "reinstall lmb (the package ships dist/lattice-worker.js beside dist/lmb.js)",
    });
  }
}
