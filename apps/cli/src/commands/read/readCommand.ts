import { writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { Command, Option } from "@commander-js/extra-typings";
import { LmbError } from "@lmb/errors";
import { listFormats, readBytes, summarizeDataset, toBdfCsv, toCsv } from "@lmb/io";
import { type DatasetKind, DatasetSummarySchema, datasetToJson } from "@lmb/schemas";
import { area as areaKind, mass as massKind } from "@lmb/units";
import type { CliIo } from "../../CliIo.js";
import { quantityOption } from "../../input/quantityOption.js";
import { writeResult } from "../../output/writeResult.js";
import { jsonOption } from "../jsonOption.js";
import { formatSummary } from "./formatSummary.js";
import { readInputBytes } from "./readInputBytes.js";

const EXAMPLES = `
Examples:
  $ lmb read cell07.mpr                       # summary: format, points, duration, columns, cycles
  $ lmb read cell07.mpr --json                # the summary as JSON (DatasetSummary)
  $ lmb read run.csv --area "1.13 cm2" --to json --out run.json
  $ lmb read cell07.mpr --to csv --out cell07.csv   # SI columns with units in the headers
  $ lmb read cell07.041 --to bdf --out cell07.bdf.csv # Battery Data Format CSV
  $ cat run.mpt | lmb read - --format biologic-mpt`;

const KINDS = ["cycling", "impedance", "voltammogram", "transient", "conductivity"] as const;

/**
 * `lmb read FILE [--to csv|bdf|json] [--out PATH]`: reads an instrument file and prints a
 * summary (format, version, points, duration, columns with units, area/mass, cycles), or
 * converts it: `csv` writes every column with its unit in the header (customary units, see
 * `toCsv`), `bdf` a Battery Data Format CSV (`Test Time / s`, `Current / A`, `Voltage / V`, …;
 * cycling data only), `json` the dataset's JSON form (`datasetToJson`).
 * It never writes to the input file.
 *
 * @example
 * // lmb read cell.mpr
 */
export function readCommand(io: CliIo) {
  return new Command("read")
    .description("read an instrument file: print a summary or convert it")
    .argument("<file>", 'instrument file, or "-" for standard input')
    .addOption(
      new Option("--to <format>", "convert to this format instead of summarising").choices([
        "csv",
        "bdf",
        "json",
      ] as const),
    )
    .option("--out <path>", "write the conversion here instead of standard output")
    .addOption(
      new Option(
        "--format <id>",
        "skip format detection; one of the ids `lmb read --formats` lists",
      ),
    )
    .addOption(
      new Option("--kind <kind>", "dataset kind to return when the file holds several").choices(
        KINDS,
      ),
    )
    .option("--area <quantity>", 'electrode area, e.g. "1.13 cm2" (overrides the file)')
    .option("--mass <quantity>", 'active mass, e.g. "4.97 mg" (overrides the file)')
    .option("--formats", "list the formats lmb reads and exit")
    .addOption(jsonOption("DatasetSummary"))
    .addHelpText("after", EXAMPLES)
    .action(async (file, options) => {
      if (options.formats) {
        for (const f of listFormats())
          io.stdout.write(`${f.id.padEnd(22)}${f.title} (${f.extensions.join(", ")})\n`);
        return;
      }
      if (options.out !== undefined && file !== "-" && resolve(options.out) === resolve(file)) {
        throw new LmbError("E_USAGE", `--out ${options.out} is the input file`, {
          location: { source: "--out" },
          fix: "write the conversion to another path; lmb never overwrites an input file",
        });
      }
      const area =
        options.area === undefined
          ? undefined
          : quantityOption(options.area, "--area", areaKind).si;
      const mass =
        options.mass === undefined
          ? undefined
          : quantityOption(options.mass, "--mass", massKind).si;
      const bytes = await readInputBytes(file, io);
      const dataset = readBytes(bytes, {
        ...(file === "-" ? {} : { fileName: basename(file) }),
        ...(options.format === undefined ? {} : { format: options.format }),
        ...(options.kind === undefined ? {} : { kind: options.kind as DatasetKind }),
        ...(area === undefined ? {} : { area }),
        ...(mass === undefined ? {} : { activeMass: mass }),
      });
      if (options.to === undefined) {
        writeResult(io, options.json, DatasetSummarySchema, summarizeDataset(dataset), () =>
          formatSummary(summarizeDataset(dataset)),
        );
        return;
      }
      const text =
        options.to === "csv"
          ? toCsv(dataset)
          : options.to === "bdf"
            ? toBdfCsv(dataset)
            : `${JSON.stringify(datasetToJson(dataset))}\n`;
      if (options.out === undefined) {
        io.stdout.write(text);
        return;
      }
      await writeFile(options.out, text);
    });
}
