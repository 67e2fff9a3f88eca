import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { type CapacitySeries, capacityFade, capacityPerCycle } from "@lmb/kinetics";
import { CapacityFadeResultSchema } from "@lmb/schemas";
import {
  arealCapacity,
  charge,
  defineKind,
  dimensionsEqual,
  type Kind,
  type KindConstructor,
  parseUnit,
  specificCapacity,
} from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { readArgument } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { plotOption } from "../../plot/plotOption.js";
import { writePlot } from "../../plot/writePlot.js";
import { jsonOption } from "../jsonOption.js";
import { formatEstimate } from "./formatEstimate.js";
import { parsePoints } from "./parsePoints.js";
import { printWarnings } from "./printWarnings.js";
import { readKineticsDataset } from "./readKineticsDataset.js";

const EXAMPLES = `
Examples:
  $ lmb kinetics fade full-cell.mpr
  $ lmb kinetics fade full-cell.ndax --direction charge --cycles 100
  $ lmb kinetics fade --points "1:168.2,2:167.9,3:167.5,4:167.3" --unit "mAh g-1"

FILE is a cycling record: each cycle's capacity is its integrated discharge (or charge) current.
--points takes cycle : capacity pairs (bare capacities in --unit, default mAh).`;

type Cycle = Kind<"cycle number">;
const cycleNumber = defineKind<Cycle>("cycle number", { dimension: "dimensionless" });

/** The capacity kind (charge, specific or areal capacity) whose dimension `unit` has. */
function capacityKind(unit: string): KindConstructor<number> {
  const dimension = parseUnit(unit).dimension;
  const kind = [charge, specificCapacity, arealCapacity].find((k) =>
    dimensionsEqual(k.dimension, dimension),
  );
  if (kind === undefined) {
    throw new LmbError("E_UNIT_MISMATCH", `--unit "${unit}" is not a capacity unit`, {
      location: { source: "--unit" },
      fix: 'give a capacity unit such as "mAh", "mAh g-1" or "mAh cm-2"',
    });
  }
  return kind as KindConstructor<number>;
}

/**
 * `lmb kinetics fade FILE | --points "n:Q,…"`: capacity retention after N cycles, fade per
 * cycle (linear and geometric fits) and cycles to 80 % — censored when the data never reach it
 * (`capacityFade` of `@lmb/kinetics`).
 *
 * @example
 * // lmb kinetics fade cell.mpr --cycles 100
 */
export function fadeCommand(io: CliIo) {
  return new Command("fade")
    .description("capacity retention, fade per cycle and cycles to 80 %")
    .argument("[file]", "cycling record (capacity per cycle from the current), instead of --points")
    .option(
      "--points <pairs>",
      'cycle : capacity pairs, e.g. "1:168.2,2:167.9,3:167.5" (capacity in --unit)',
    )
    .option("--unit <unit>", 'capacity unit of --points and of the output, e.g. "mAh g-1"', "mAh")
    .addOption(
      new Option("--direction <d>", "capacity of FILE to analyse")
        .choices(["discharge", "charge"] as const)
        .default("discharge" as const),
    )
    .option("--reference <cycle>", "cycle whose capacity is 100 % (default: the first)", (v) =>
      Number(v),
    )
    .option("--cycles <n>", "N of the retention after N cycles (default: all)", (v) => Number(v))
    .option(
      "--threshold <fraction>",
      "retention threshold of the cycle life",
      (v) => Number(v),
      0.8,
    )
    .addOption(plotOption("retention against cycle with both fits and the threshold"))
    .addOption(jsonOption("CapacityFadeResult"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options, command) => {
      const unit = readArgument("--unit", () => parseUnit(options.unit)).symbol;
      let data: CapacitySeries;
      if (options.points !== undefined) {
        const { x, y } = parsePoints(
          options.points,
          "--points",
          { kind: cycleNumber, defaultUnit: "1" },
          { kind: capacityKind(unit), defaultUnit: unit },
        );
        data = { cycle: x, capacity: y };
      } else if (file !== undefined) {
        data = capacityPerCycle(await readKineticsDataset(file, "cycling", io), options.direction);
      } else {
        return command.error("error: give --points or a FILE", {
          exitCode: 2,
          code: "lmb.missingInput",
        });
      }
      const result = capacityFade(data, {
        capacityUnit: unit,
        threshold: options.threshold,
        ...(options.reference === undefined ? {} : { referenceCycle: options.reference }),
        ...(options.cycles === undefined ? {} : { cycles: options.cycles }),
      });
      writeResult(io, options.json, CapacityFadeResultSchema, result, () => {
        const life = result.cyclesToThreshold;
        const threshold = `${formatCount(result.threshold * 100)} %`;
        return (
          formatTable([
            [
              "reference",
              `cycle ${formatCount(result.referenceCycle)}: ${formatCount(result.referenceCapacity.value, 5)} ${result.referenceCapacity.unit}`,
            ],
            [
              "retention",
              `${formatCount(result.retention.value * 100, 4)} % after ${formatCount(result.retention.cycles)} cycles`,
            ],
            ["fade per cycle", `${formatEstimate(result.linear.fadePerCycle, 3)}`, "linear fit"],
            ["", `${formatEstimate(result.geometric.fadePerCycle, 3)}`, "geometric fit"],
            [
              `cycles to ${threshold}`,
              life.censored
                ? `> ${formatCount(life.atLeast ?? result.lastCycle)} (not reached)`
                : formatCount(life.cycle ?? Number.NaN, 5),
              life.censored
                ? `extrapolated: ${life.linearExtrapolation === undefined ? "—" : formatCount(life.linearExtrapolation, 4)} (linear), ${life.geometricExtrapolation === undefined ? "—" : formatCount(life.geometricExtrapolation, 4)} (geometric)`
                : "observed",
            ],
          ]) + printWarnings(result.warnings)
        );
      });
      if (options.plot !== undefined)
        await writePlot(result.plot, options.plot, file === undefined ? [] : [file]);
    });
}
