import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

declare const __filename: string | undefined;

/** The file this code runs from (ESM: import.meta.url; CJS: __filename). */
function moduleFile(): string {
  if (typeof __filename === "string") return __filename;
  return fileURLToPath(import.meta.url);
}

/**
 * The worker script beside the running build — `.ts` source under tests, `.js`/`.cjs` in dist —
 * and the flags the worker needs. One script serves lattice sweeps and continuum jobs.
 *
 * @example
 * const { file, execArgv } = workerScript(); new Worker(file, { execArgv, workerData });
 */
export function workerScript(): { file: string; execArgv: string[] } {
  const here = moduleFile();
  const dir = dirname(here);
  if (here.endsWith(".ts")) {
    // Source mode (tests, `--conditions=@lmb/source`): a plain-JS bootstrap loads the
    // TypeScript worker through tsx, since workers do not inherit loader flags.
    const base = here.includes(join("src", "node")) ? dir : join(dir, "node");
    return { file: join(base, "latticeWorker.source.mjs"), execArgv: ["--conditions=@lmb/source"] };
  }
  return {
    file: join(dir, here.endsWith(".cjs") ? "lattice-worker.cjs" : "lattice-worker.js"),
    execArgv: [],
  };
}
