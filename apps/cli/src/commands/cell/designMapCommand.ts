import { existsSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, Option } from "@commander-js/extra-typings";
import { designMapParallel } from "@lmb/cells/node";
import { LmbError } from "@lmb/errors";
import { type DesignMapResultJson, DesignMapResultSchema } from "@lmb/schemas";
import { length } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { writeCyclingPlots } from "../cycling/writeCyclingPlots.js";
import { jsonOption } from "../jsonOption.js";
import { fractionOption, integerOption, threadsOption } from "../percolation/percolationOptions.js";
import { progressBar } from "../percolation/progressBar.js";
import {
  type ComparisonInputOptions,
  comparisonInputOptions,
  comparisonInputs,
} from "./comparisonInputs.js";
import { gridOption, positiveOption } from "./gridOption.js";

const EXAMPLES = `
Examples:
  $ lmb cell design-map
  $ lmb cell design-map --fractions 0.01..0.5:50 --aspect-ratios 0.1..10:20:log --plot map
  $ lmb cell design-map --thin "50 um" --interphase interphase.json --threads 2 --json

When does the thin electrode of an asymmetric Li‖Li cell (default 100 µm | 20 µm) run out of Li,
over the interphase's metal volume fraction and its particles' aspect ratio? Each point is a full
cell simulation with σ_e from percolation (V_p of each aspect ratio for the interphase's thickness
in particle diameters). Rows run on worker threads with a progress bar; the map does not depend
on --threads. --plot PREFIX writes PREFIX-map.svg (.json: the Vega-Lite spec).`;

/** The worker script of the bundled CLI, built beside lmb.js (see tsup.config.ts). */
const BUNDLED_WORKER = "./design-map-worker.js";

/** In the bundled `lmb`, checks that dist/design-map-worker.js sits beside it. */
function checkBundledWorker(): void {
  const here = fileURLToPath(import.meta.url);
  if (basename(here) !== "lmb.js") return;
  const worker = fileURLToPath(new URL(BUNDLED_WORKER, import.meta.url));
  if (!existsSync(worker)) {
    throw new LmbError("E_INSTALL", `the design-map worker ${worker} is missing`, {
      fix: "reinstall lmb (the package ships dist/design-map-worker.js beside dist/lmb.js)",
    });
  }
}

/** One line per aspect ratio: V_p, the first V_f that runs the thin electrode out, and when. */
export function formatDesignMap(r: DesignMapResultJson): string {
  const rows = r.aspectRatios.map((a, i) => {
    const times = r.depletionTime[i] ?? [];
    const k = times.findIndex((t) => t !== null);
    const last = times[times.length - 1];
    return [
      String(a),
      formatCount(r.thresholds[i] ?? Number.NaN, 3),
      k < 0 ? "—" : String(r.fractions[k]),
      k < 0 ? "—" : `${formatCount(times[k] as number, 4)} h`,
      last === null || last === undefined ? "—" : `${formatCount(last, 4)} h`,
    ];
  });
  const head = formatTable([
    [
      "cell",
      `${r.cell.counterThickness} µm | ${r.cell.workingThickness} µm (thin electrode ${formatCount(r.cell.workingInventory, 3)} mAh cm⁻²)`,
    ],
    ["protocol", `${r.protocol.steps} steps, ${formatCount(r.protocol.duration, 4)} h`],
    [
      "grid",
      `${r.fractions.length} metal fractions (${r.fractions[0]} … ${r.fractions[r.fractions.length - 1]}) × ${r.aspectRatios.length} aspect ratios`,
    ],
  ]);
  return `${head}\n${formatTable([
    [
      "aspect ratio",
      "V_p",
      "first V_f that runs out",
      "at",
      `at V_f = ${r.fractions[r.fractions.length - 1]}`,
    ],
    ...rows,
  ])}\n— = the thin electrode lasted the protocol. --json gives the whole grid, --plot the heat map.\n`;
}

/**
 * `lmb cell design-map`: depletion time of an asymmetric cell over metal fraction × particle
 * aspect ratio (`designMapParallel` of `@lmb/cells/node`), with a progress bar and Ctrl-C.
 *
 * @example
 * // lmb cell design-map --fractions 0.01..0.5:50 --aspect-ratios 0.1..10:20:log --plot map
 */
export function designMapCommand(io: CliIo) {
  const command = new Command("design-map").description(
    "when the thin Li runs out, over interphase metal fraction × particle aspect ratio",
  );
  for (const option of comparisonInputOptions()) {
    if (option.long !== "--fraction" && option.long !== "--aspect-ratio") command.addOption(option);
  }
  return command
    .addOption(new Option("--thick <thickness>", "thick (counter) Li").default("100 um"))
    .addOption(
      new Option("--thin <thickness>", "thin (working) Li whose depletion is mapped").default(
        "20 um",
      ),
    )
    .addOption(
      new Option("--fractions <list>", "metal volume fractions: a list or FROM..TO:N").default(
        "0.01..0.5:50",
      ),
    )
    .addOption(
      new Option(
        "--aspect-ratios <list>",
        "particle aspect ratios: a list, FROM..TO:N or FROM..TO:N:log",
      ).default("0.1..10:20:log"),
    )
    .addOption(threadsOption())
    .addOption(new Option("--plot <prefix>", "write PREFIX-map.svg (the heat map)"))
    .addOption(jsonOption("DesignMapResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (options) => {
      // the input options are added in a loop above, so commander's types do not list them
      const inputs = await comparisonInputs(options as ComparisonInputOptions, io);
      const fractions = gridOption(options.fractions, "--fractions", (t) =>
        fractionOption(t, "--fractions"),
      );
      const aspectRatios = gridOption(options.aspectRatios, "--aspect-ratios", (t) =>
        positiveOption(t, "--aspect-ratios"),
      );
      const threads =
        options.threads === undefined
          ? undefined
          : integerOption(options.threads, "--threads", 1, 256);
      checkBundledWorker();
      const bar = progressBar(io, options.json, "design map");
      const controller = new AbortController();
      const onSigint = () => controller.abort();
      process.once("SIGINT", onSigint);
      let result: DesignMapResultJson;
      try {
        result = await designMapParallel({
          ...inputs,
          thick: quantityOption(options.thick, "--thick", length).si,
          thin: quantityOption(options.thin, "--thin", length).si,
          fractions,
          aspectRatios,
          ...(threads === undefined ? {} : { threads }),
          signal: controller.signal,
          onProgress: (done, total) => bar.update(done, total),
        });
      } finally {
        process.removeListener("SIGINT", onSigint);
        bar.done();
      }
      writeResult(io, options.json, DesignMapResultSchema, result, () => formatDesignMap(result));
      if (options.plot !== undefined) {
        await writeCyclingPlots(
          [{ name: "map", title: "design map", spec: result.plot }],
          options.plot,
          [],
        );
      }
    });
}
