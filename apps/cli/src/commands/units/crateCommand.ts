import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { type CRateResult, CRateResultSchema, toQuantityJson } from "@lmb/schemas";
import {
  type Area,
  type ArealMass,
  area,
  arealCapacity,
  type CathodeLoading,
  type Current,
  type CurrentDensity,
  charge,
  cRateFromCurrent,
  cRateFromCurrentDensity,
  current,
  currentDensity,
  currentDensityFromCRate,
  currentFromCRate,
  dimensionsEqual,
  formatQuantity,
  fromSI,
  massLoading,
  parseQuantity,
  type SpecificCapacity,
  specificCapacity,
} from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { parseCRate } from "../../input/parseCRate.js";
import { type QuantityOption, quantityOption, readArgument } from "../../input/quantityOption.js";
import { formatCount } from "../../output/formatCount.js";
import { formatTable } from "../../output/formatTable.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";

const EXAMPLES = `
Examples:
  $ lmb units crate --c-rate 1 --specific-capacity "170 mAh/g" --loading "10 mg cm-2" --area "1.13 cm2"
  $ lmb units crate --current "0.5 mA" --specific-capacity "200 mAh/g" --loading "15 mg cm-2" --area "1.13 cm2"
  $ lmb units crate --c-rate C/10 --specific-capacity "170 mAh/g" --loading "10 mg cm-2"`;

/** A C-rate with its current density (always) and current (when the area is known), in SI. */
interface Rate {
  cRate: number;
  currentDensity: CurrentDensity;
  current: Current | undefined;
}

type Cathode = Omit<CathodeLoading, "area">;

function rateFromCRate(n: number, cathode: Cathode, s: Area | undefined): Rate {
  return {
    cRate: n,
    currentDensity: currentDensityFromCRate(n, cathode),
    current: s === undefined ? undefined : currentFromCRate(n, { ...cathode, area: s }),
  };
}

function rateFromCurrent(text: string, cathode: Cathode, s: Area | undefined): Rate {
  const given = readArgument("--current", () => parseQuantity(text));
  const dimension = given.unit.dimension;
  if (dimensionsEqual(dimension, currentDensity.dimension)) {
    return rateFromCRate(cRateFromCurrentDensity(currentDensity(given), cathode), cathode, s);
  }
  if (!dimensionsEqual(dimension, current.dimension)) {
    throw new LmbError("E_UNIT_MISMATCH", `"${text}" is neither a current nor a current density`, {
      location: { source: "--current" },
      fix: 'give a current such as "1.9 mA" or a current density such as "1.7 mA cm-2"',
    });
  }
  if (s === undefined) {
    throw new LmbError("E_MISSING_INPUT", "a current in A needs the electrode area", {
      location: { source: "--current" },
      fix: 'add --area, e.g. --area "1.13 cm2", or give --current as a current density (mA cm-2)',
    });
  }
  return rateFromCRate(cRateFromCurrent(current(given), { ...cathode, area: s }), cathode, s);
}

/**
 * `lmb units crate (--c-rate <n> | --current <I or j>) --specific-capacity <q_sp> --loading <m>
 * [--area <S>] [--json]`: C-rate ↔ current for a cathode, I = n·q_sp·m·S / 1 h
 * (SCIENCE.md §2). Without `--area`, currents are per area.
 *
 * @example
 * // lmb units crate --c-rate 1 --specific-capacity "170 mAh/g" --loading "10 mg cm-2" --area "1.13 cm2"
 * // C-rate  1  …  current  1.921 mA  n·q_sp·m·S / 1 h
 */
export function crateCommand(io: CliIo) {
  return new Command("crate")
    .description("C-rate ↔ current for a cathode (specific capacity × loading × area)")
    .addOption(
      new Option("--c-rate <rate>", 'the C-rate, e.g. "1", "0.5", "2C" or "C/10"').conflicts(
        "current",
      ),
    )
    .option("--current <quantity>", 'a current ("1.9 mA") or current density ("1.7 mA cm-2")')
    .requiredOption("--specific-capacity <quantity>", 'capacity per active mass, e.g. "170 mAh/g"')
    .requiredOption("--loading <quantity>", 'active mass loading, e.g. "10 mg cm-2"')
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2"')
    .addOption(jsonOption("CRateResult"))
    .addHelpText("after", EXAMPLES)
    .action((options, command) => {
      if (options.cRate === undefined && options.current === undefined) {
        command.error("error: give either --c-rate or --current", {
          exitCode: 2,
          code: "lmb.missingRate",
        });
      }
      const spec = quantityOption(
        options.specificCapacity,
        "--specific-capacity",
        specificCapacity,
      );
      const loading = quantityOption(options.loading, "--loading", massLoading);
      const s =
        options.area === undefined ? undefined : quantityOption(options.area, "--area", area);
      const cathode: Cathode = { specificCapacity: spec.si, massLoading: loading.si };
      const rate =
        options.current === undefined
          ? rateFromCRate(parseCRate(options.cRate ?? ""), cathode, s?.si)
          : rateFromCurrent(options.current, cathode, s?.si);
      print(io, options.json, { spec, loading, s, arealSI: spec.si * loading.si, rate });
    });
}

interface Printable {
  spec: QuantityOption<SpecificCapacity>;
  loading: QuantityOption<ArealMass>;
  s: QuantityOption<Area> | undefined;
  arealSI: number;
  rate: Rate;
}

function print(io: CliIo, json: boolean | undefined, p: Printable): void {
  const areal = fromSI(p.arealSI, arealCapacity.customaryUnit);
  const j = fromSI(p.rate.currentDensity, currentDensity.customaryUnit);
  const capacity = p.s && fromSI(p.arealSI * p.s.si, charge.customaryUnit);
  const i =
    p.rate.current === undefined ? undefined : fromSI(p.rate.current, current.customaryUnit);
  const result: CRateResult = {
    cRate: p.rate.cRate,
    specificCapacity: toQuantityJson(p.spec.quantity),
    massLoading: toQuantityJson(p.loading.quantity),
    ...(p.s ? { area: toQuantityJson(p.s.quantity) } : {}),
    arealCapacity: toQuantityJson(areal),
    ...(capacity ? { capacity: toQuantityJson(capacity) } : {}),
    currentDensity: toQuantityJson(j),
    ...(i ? { current: toQuantityJson(i) } : {}),
  };
  writeResult(io, json, CRateResultSchema, result, () => {
    const rows: string[][] = [["C-rate", `${formatCount(p.rate.cRate)} C`]];
    if (i) rows.push(["current", formatQuantity(i), "n·q_sp·m·S / 1 h"]);
    rows.push(["current density", formatQuantity(j), "n·q_sp·m / 1 h"]);
    if (capacity) rows.push(["nominal capacity", formatQuantity(capacity), "q_sp·m·S"]);
    rows.push(["areal capacity", formatQuantity(areal), "q_sp·m"]);
    return formatTable(rows);
  });
}
