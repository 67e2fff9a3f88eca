import { LmbError } from "@lmb/errors";
import type { Dataset } from "@lmb/schemas";
import { rejectCompanion } from "./formats/companions.js";
import type { FormatReader, ReadOptions } from "./formats/FormatReader.js";
import { FORMAT_READERS } from "./formats/registry.js";
import { inputToBytes, type ReadInput } from "./input/readInput.js";

/**
 * Picks the reader for `bytes`: the forced `format`, else the reader whose `sniff` is most
 * confident (ties go to the earlier, more specific reader).
 *
 * @throws LmbError `E_UNKNOWN_FORMAT` naming the formats lmb reads (and saying so for an Apache
 * Parquet table, which lmb does not read); `E_NO_DATA` for a settings,
 * log or metadata companion file (naming the data file to read instead).
 * @example
 * detectFormat(bytes, "run.mpr").id; // "biologic-mpr"
 */
export function detectFormat(bytes: Uint8Array, fileName?: string, format?: string): FormatReader {
  if (format !== undefined) {
    const forced = FORMAT_READERS.find((r) => r.id === format);
    if (forced) return forced;
    throw new LmbError("E_UNKNOWN_FORMAT", `no reader for format "${format}"`, {
      fix: `use one of ${FORMAT_READERS.map((r) => r.id).join(", ")}`,
    });
  }
  rejectCompanion(bytes, fileName);
  let best: FormatReader | undefined;
  let bestScore = 0;
  for (const reader of FORMAT_READERS) {
    let score = 0;
    try {
      score = reader.sniff(bytes, fileName);
    } catch {
      score = 0;
    }
    if (score > bestScore) {
      best = reader;
      bestScore = score;
    }
  }
  if (best === undefined) {
    if (isParquet(bytes)) {
      throw new LmbError(
        "E_UNKNOWN_FORMAT",
        "this is an Apache Parquet file (a table written by Polars/pandas, e.g. a Neware BTSDA reference export); lmb does not read Parquet",
        {
          ...(fileName === undefined ? {} : { location: { source: fileName } }),
          fix: "read the instrument's own file (.ndax, .nda, .mpr, .res …) or write the table as CSV with unit-bearing headers",
        },
      );
    }
    throw new LmbError("E_UNKNOWN_FORMAT", "lmb does not recognise this file's format", {
      ...(fileName === undefined ? {} : { location: { source: fileName } }),
      fix: `pass the format explicitly (one of ${FORMAT_READERS.map((r) => r.id).join(", ")}) or export the data as CSV with unit-bearing headers`,
    });
  }
  return best;
}

/** Apache Parquet: the 4-byte magic "PAR1" at both ends of the file. */
function isParquet(bytes: Uint8Array): boolean {
  const n = bytes.length;
  const magic = (o: number) =>
    bytes[o] === 0x50 && bytes[o + 1] === 0x41 && bytes[o + 2] === 0x52 && bytes[o + 3] === 0x31;
  return n >= 12 && magic(0) && magic(n - 4);
}

/**
 * Reads already-loaded bytes into a dataset (synchronous; see {@link read}).
 *
 * @throws LmbError from the reader (`E_FORMAT`, `E_TRUNCATED`, `E_UNSUPPORTED_VERSION`, `E_DATASET`…).
 * @example
 * const data = readBytes(new Uint8Array(buffer), { fileName: "cell.mpr" });
 */
export function readBytes(bytes: Uint8Array, options: ReadOptions = {}): Dataset {
  const reader = detectFormat(bytes, options.fileName, options.format);
  const dataset = reader.read(bytes, options);
  return applyOverrides(dataset, options);
}

function applyOverrides(dataset: Dataset, options: ReadOptions): Dataset {
  if (options.area === undefined && options.activeMass === undefined) return dataset;
  const metadata = {
    ...dataset.metadata,
    ...(options.area === undefined ? {} : { area: options.area }),
    ...(options.activeMass === undefined ? {} : { activeMass: options.activeMass }),
  };
  return { ...dataset, metadata } as Dataset;
}

/**
 * Reads an instrument file into a typed dataset: sniffs the format from its first bytes (the
 * file name is a hint), decodes it, converts every column to SI and validates the result.
 * Works in browsers and Node; for a path use `readFile` from `@lmb/io/node`.
 *
 * @param input - The file as bytes, a Blob/File, or a web ReadableStream.
 * @param options - {@link ReadOptions}: forced format, kind, column mapping, area/mass overrides.
 * @returns A `CyclingData`, `ImpedanceSpectrum`, `Voltammogram`, `CurrentTransient` or `ConductivitySeries`.
 * @throws LmbError `E_UNKNOWN_FORMAT`, `E_FORMAT`, `E_TRUNCATED`, `E_UNSUPPORTED_VERSION`, `E_DATASET`, `E_TOO_LARGE`.
 * @example
 * const data = await read(file, { fileName: file.name });
 * if (data.kind === "cycling") console.log(data.columns.voltage.length);
 */
export async function read(input: ReadInput, options: ReadOptions = {}): Promise<Dataset> {
  const bytes = await inputToBytes(input, options.maxBytes);
  return readBytes(bytes, options);
}
