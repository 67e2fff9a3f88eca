import type { CliIo } from "../../CliIo.js";

/** A progress reporter for long runs: `update(done, total)`, then `done()`. */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

const WIDTH = 30;

/**
 * A progress bar on stderr — only when stderr is a terminal and the output is not `--json`
 * (pipes, logs and JSON consumers never see control characters). Redraws at most once per
 * percent; `done()` clears the line.
 *
 * @param label - What runs, e.g. "L = 64"
 * @example
 * const bar = progressBar(io, options.json, "sweeps"); bar.update(10, 200); bar.done();
 */
export function progressBar(io: CliIo, json: boolean | undefined, label: string): Progress {
  if (json || io.stderr.isTTY !== true) return { update() {}, done() {} };
  let last = -1;
  let shown = false;
  return {
    update(done, total) {
      const percent = Math.floor((100 * done) / Math.max(total, 1));
      if (percent === last) return;
      last = percent;
      shown = true;
      const filled = Math.round((WIDTH * done) / Math.max(total, 1));
      io.stderr.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total}`,
      );
    },
    done() {
      if (shown) io.stderr.write("\r\u001b[2K");
    },
  };
}
