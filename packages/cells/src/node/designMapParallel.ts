import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { LmbError } from "@lmb/errors";
import type { DesignMapResultJson } from "@lmb/schemas";
import { assembleDesignMap } from "../simulation/designMap/assembleDesignMap.js";
import { type DesignMapOptions, planDesignMap } from "../simulation/designMap/designMapPlan.js";
import type { DesignMapRow } from "../simulation/designMap/designMapRow.js";
import type { DesignMapTask } from "./designMapWorker.js";

declare const __filename: string | undefined;

/** The file this code runs from (ESM: import.meta.url; CJS: __filename). */
function moduleFile(): string {
  if (typeof __filename === "string") return __filename;
  return fileURLToPath(import.meta.url);
}

/** The worker script beside the running build: `.ts` source under tests, `.js`/`.cjs` in dist. */
function workerScript(): { file: string; execArgv: string[] } {
  const here = moduleFile();
  const dir = dirname(here);
  if (here.endsWith(".ts")) {
    // Source mode: a plain-JS bootstrap loads the TypeScript worker through tsx, since workers
    // do not inherit loader flags.
    const base = here.includes(join("src", "node")) ? dir : join(dir, "node");
    return {
      file: join(base, "designMapWorker.source.mjs"),
      execArgv: ["--conditions=@lmb/source"],
    };
  }
  return {
    file: join(dir, here.endsWith(".cjs") ? "design-map-worker.cjs" : "design-map-worker.js"),
    execArgv: [],
  };
}

/** Options of {@link designMapParallel}: those of `designMap` plus threads, progress and cancellation. */
export interface ParallelDesignMapOptions extends DesignMapOptions {
  /** Worker threads. @default os.availableParallelism() */
  threads?: number;
  /** Aborting stops every worker and rejects with `E_CANCELLED`. */
  signal?: AbortSignal;
  /** Called after each simulated point: (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** The worker script, for bundlers that place it elsewhere. @default beside this module */
  workerFile?: string;
}

/**
 * `designMap` on all cores: each worker thread takes the next aspect-ratio row from a queue,
 * so uneven rows balance out. Rows are deterministic (seeded V_p, closed-form simulation), so
 * the map is identical — to the bit — for any number of threads, and equal to `designMap`.
 *
 * @throws LmbError `E_CANCELLED` when aborted; `E_WORKER` when a worker fails; the option errors
 *   of `designMap` before any work starts
 * @example
 * const map = await designMapParallel({ threads: 2, onProgress: (d, n) => bar.update(d, n) });
 */
export async function designMapParallel(
  options: ParallelDesignMapOptions = {},
): Promise<DesignMapResultJson> {
  const { threads: wanted, signal, onProgress, workerFile, ...mapOptions } = options;
  const plan = planDesignMap(mapOptions);
  const rowsTotal = plan.aspectRatios.length;
  const total = rowsTotal * plan.fractions.length;
  const threads = Math.max(1, Math.min(wanted ?? availableParallelism(), rowsTotal));
  if (signal?.aborted) {
    throw new LmbError("E_CANCELLED", "cancelled before the design map started", {
      fix: "run again",
    });
  }
  const script = workerFile === undefined ? workerScript() : { file: workerFile, execArgv: [] };
  const rows: (DesignMapRow | undefined)[] = new Array(rowsTotal);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let settled = false;
  await new Promise<void>((resolve, reject) => {
    let finished = 0;
    const fail = (error: LmbError) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    // An idle worker simply waits; all are terminated once the last row is in.
    const feed = (worker: Worker) => {
      if (next >= rowsTotal) return;
      const task: DesignMapTask = { type: "row", index: next++ };
      worker.postMessage(task);
    };
    const onAbort = () =>
      fail(new LmbError("E_CANCELLED", "the design map was cancelled", { fix: "run again" }));
    signal?.addEventListener("abort", onAbort, { once: true });
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(script.file, { workerData: plan, execArgv: script.execArgv });
      workers.push(worker);
      worker.on("message", (m: { type: string; index?: number; row?: DesignMapRow }) => {
        if (m.type === "cell") onProgress?.(++done, total);
        else if (m.type === "row" && m.index !== undefined && m.row) {
          rows[m.index] = m.row;
          if (++finished === rowsTotal) {
            settled = true;
            signal?.removeEventListener("abort", onAbort);
            for (const w of workers) void w.terminate();
            resolve();
          } else feed(worker);
        }
      });
      worker.on("error", (error) =>
        fail(
          new LmbError("E_WORKER", `a design-map worker failed: ${error.message}`, {
            fix: "run with threads: 1, or call designMap, to see the error in place",
          }),
        ),
      );
      worker.on("exit", () => {
        if (!settled) {
          fail(
            new LmbError("E_WORKER", "a design-map worker exited without its rows", {
              fix: "run with threads: 1, or call designMap, to see the error in place",
            }),
          );
        }
      });
      feed(worker);
    }
  });
  return assembleDesignMap(plan, rows as DesignMapRow[]);
}
