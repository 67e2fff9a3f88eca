import { basename } from "node:path";
import { LmbError } from "@lmb/errors";
import { readBytes } from "@lmb/io";
import { readFile } from "@lmb/io/node";
import type { CyclingData } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { readInputBytes } from "../read/readInputBytes.js";

/**
 * Reads a galvanostatic cycling record with `@lmb/io` (any reader: BioLogic, Neware, Arbin,
 * Maccor, CSV …), SI columns with current positive = oxidation at the working electrode.
 *
 * @param file - path, or "-" for standard input
 * @param io - the CLI's streams
 * @param options - `--area` (m²) and `--mass` (kg), overriding the file's
 * @throws LmbError the reader's errors; `E_INVALID_INPUT` for a dataset that is not a cycling record
 * @example
 * const record = await readCyclingRecord("cell.mpr", io, { area: 1.13e-4 });
 */
export async function readCyclingRecord(
  file: string,
  io: CliIo,
  options: { area?: number | undefined; activeMass?: number | undefined },
): Promise<CyclingData & { label: string }> {
  const read = {
    kind: "cycling" as const,
    ...(options.area === undefined ? {} : { area: options.area }),
    ...(options.activeMass === undefined ? {} : { activeMass: options.activeMass }),
  };
  const dataset =
    file === "-" ? readBytes(await readInputBytes(file, io), read) : await readFile(file, read);
  if (dataset.kind !== "cycling") {
    throw new LmbError(
      "E_INVALID_INPUT",
      `${file} holds a ${dataset.kind} dataset, not a cycling record (time, voltage, current)`,
      {
        location: { source: file },
        fix: `give a galvanostatic cycling record (run "lmb read ${file}" to see what it holds)`,
      },
    );
  }
  return { ...dataset, label: file === "-" ? "stdin" : basename(file) };
}
