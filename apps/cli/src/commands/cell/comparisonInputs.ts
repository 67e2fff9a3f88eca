import { existsSync, readFileSync } from "node:fs";
import { Option } from "@commander-js/extra-typings";
import {
  DEFAULT_COMPARISON_CELL,
  DEFAULT_COMPARISON_INTERPHASE,
  DEFAULT_COMPARISON_PROTOCOL,
  type SharedCellConfig,
  withMetal,
} from "@lmb/cells";
import { LmbError } from "@lmb/errors";
import type { CellConfig, InterphaseConfig } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { fractionOption } from "../percolation/percolationOptions.js";
import { readInputBytes } from "../read/readInputBytes.js";
import { positiveOption } from "./gridOption.js";

/** The interphase, the rest of the cell and the protocol text a comparison or map runs. */
export interface ComparisonInputs {
  interphase: InterphaseConfig;
  cell: SharedCellConfig;
  protocol: string;
}

/** The options of both commands that say what to simulate. */
export interface ComparisonInputOptions {
  interphase?: string;
  cell?: string;
  protocol?: string;
  fraction?: string;
  aspectRatio?: string;
}

/** The `--interphase`, `--cell`, `--protocol`, `--fraction`, `--aspect-ratio` options. */
export function comparisonInputOptions() {
  return [
    new Option(
      "--interphase <json|file>",
      "the interphase on every Li surface: inline JSON or a file (@lmb/schemas InterphaseConfig, or a CellConfig with one); default: 50 nm with 5 nm metal spheres at V_f = 0.35",
    ),
    new Option(
      "--cell <json|file>",
      "the rest of the cell (area, electrolyte, kinetics, CE, limits) as a CellConfig; its electrodes are replaced. Default: 1 cm², 500 µm Li6PS5Cl at 2 mS cm⁻¹",
    ),
    new Option(
      "--protocol <text|file>",
      `the protocol text (lmb's protocol language) or a file holding it; default "${DEFAULT_COMPARISON_PROTOCOL}"`,
    ),
    new Option("--fraction <V_f>", "metal volume fraction of the interphase (replaces its own)"),
    new Option(
      "--aspect-ratio <a>",
      "metal particle aspect ratio (1 spheres, > 1 needles, < 1 plates)",
    ),
  ] as const;
}

async function readJsonArgument(text: string, source: string, io: CliIo): Promise<unknown> {
  const inline = text.trim().startsWith("{");
  const body = inline ? text : new TextDecoder().decode(await readInputBytes(text, io));
  try {
    return JSON.parse(body) as unknown;
  } catch (cause) {
    throw new LmbError(
      "E_PARSE",
      `${source} ${inline ? "(inline JSON)" : text} is not valid JSON: ${(cause as Error).message}`,
      { location: { source }, fix: "give a JSON object, inline or in a file", cause },
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads what a comparison or design map simulates from the command line: the interphase
 * (inline JSON or a file; an `InterphaseConfig`, or any object with an `interphase`), the rest of
 * the cell (a `CellConfig` without its electrodes), the protocol text (or a file holding it),
 * and overrides of the metal fraction and aspect ratio. Content is checked by the simulator,
 * whose errors name the config field.
 *
 * @throws LmbError `E_PARSE` for JSON that does not parse, `E_INVALID_INPUT` for a non-object or
 *   an override without metal in the interphase; `E_FILE` for an unreadable file
 * @example await comparisonInputs({ fraction: "0.2" }, io); // the default interphase at V_f = 0.2
 */
export async function comparisonInputs(
  options: ComparisonInputOptions,
  io: CliIo,
): Promise<ComparisonInputs> {
  let cell: SharedCellConfig = DEFAULT_COMPARISON_CELL;
  let interphase: InterphaseConfig = DEFAULT_COMPARISON_INTERPHASE;
  if (options.cell !== undefined) {
    const parsed = await readJsonArgument(options.cell, "--cell", io);
    if (!isObject(parsed)) {
      throw new LmbError("E_INVALID_INPUT", "--cell is not a JSON object", {
        location: { source: "--cell" },
        fix: 'give a CellConfig, e.g. { "area": "1 cm2", "electrolyte": { … } }',
      });
    }
    const {
      workingElectrode: _w,
      counterElectrode: _c,
      interphase: own,
      $schema: _s,
      name: _n,
      ...rest
    } = parsed as Partial<CellConfig>;
    cell = rest as SharedCellConfig;
    if (own !== undefined) interphase = own;
  }
  if (options.interphase !== undefined) {
    const parsed = await readJsonArgument(options.interphase, "--interphase", io);
    if (!isObject(parsed)) {
      throw new LmbError("E_INVALID_INPUT", "--interphase is not a JSON object", {
        location: { source: "--interphase" },
        fix: 'give an InterphaseConfig, e.g. { "initialThickness": "50 nm", "ionicConductivity": "1e-4 S cm-1", "metal": { "fraction": 0.3, "particleDiameter": "5 nm" } }',
      });
    }
    interphase = (isObject(parsed.interphase) ? parsed.interphase : parsed) as InterphaseConfig;
  }
  if (options.fraction !== undefined || options.aspectRatio !== undefined) {
    const metal = interphase.metal;
    interphase = withMetal(
      interphase,
      options.fraction === undefined
        ? (metal?.fraction ?? 0)
        : fractionOption(options.fraction, "--fraction"),
      options.aspectRatio === undefined
        ? undefined
        : positiveOption(options.aspectRatio, "--aspect-ratio"),
    );
  }
  let protocol = options.protocol ?? DEFAULT_COMPARISON_PROTOCOL;
  // A protocol text is never the name of an existing file, so an existing path means a file.
  if (options.protocol !== undefined && existsSync(options.protocol)) {
    protocol = readFileSync(options.protocol, "utf8");
  }
  return { interphase, cell, protocol };
}
