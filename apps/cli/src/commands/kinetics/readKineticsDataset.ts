import { basename } from "node:path";
import { LmbError } from "@lmb/errors";
import { readBytes } from "@lmb/io";
import type { Dataset, DatasetKind } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { readInputBytes } from "../read/readInputBytes.js";

/**
 * Reads an instrument file with `@lmb/io` and checks it holds the dataset kind an analysis needs.
 *
 * @param file - path, or "-" for standard input
 * @param kind - the kind wanted (passed to the reader for files that hold several)
 * @param area - electrode area in m² overriding the file's (optional)
 * @throws LmbError `E_FILE`, the reader's errors, `E_INVALID_INPUT` for another kind
 * @example
 * const cv = await readKineticsDataset("cv.mpt", "voltammogram", io);
 */
export async function readKineticsDataset<K extends DatasetKind>(
  file: string,
  kind: K,
  io: CliIo,
  area?: number,
): Promise<Extract<Dataset, { kind: K }>> {
  const bytes = await readInputBytes(file, io);
  const dataset = readBytes(bytes, {
    ...(file === "-" ? {} : { fileName: basename(file) }),
    kind,
    ...(area === undefined ? {} : { area }),
  });
  if (dataset.kind !== kind) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `${file} holds a ${dataset.kind} dataset, not a ${kind}`,
      {
        location: { source: file },
        fix: `give a ${kind} file (run "lmb read ${file}" to see what it holds)`,
      },
    );
  }
  return dataset as Extract<Dataset, { kind: K }>;
}
