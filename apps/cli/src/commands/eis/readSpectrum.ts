import { LmbError } from "@lmb/errors";
import type { ImpedanceSpectrum } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { readKineticsDataset } from "../kinetics/readKineticsDataset.js";
import { dropInductive } from "./eisOptions.js";

/** Options of {@link readSpectrum}. */
export interface ReadSpectrumOptions {
  /** Electrode area in m², overriding the file's. */
  area?: number | undefined;
  /** Fit the rest when the reader skipped invalid rows (else that is an error). */
  skipInvalid?: boolean | undefined;
  /** Keep only the points with Im Z < 0. */
  dropInductive?: boolean | undefined;
}

/**
 * Reads an impedance spectrum with `@lmb/io` for the `lmb eis` commands. Rows the reader skipped
 * (a zero or negative frequency, NaN, an empty cell: warning `W_SKIPPED_ROWS`) are an error
 * unless `skipInvalid`, so a damaged file never fits silently.
 *
 * @param file - path, or "-" for standard input
 * @throws LmbError `E_INVALID_INPUT` for skipped rows, plus `E_FILE` and the reader's errors
 * @example
 * const spectrum = await readSpectrum("cell.mpr", io, { area: 1.13e-4 });
 */
export async function readSpectrum(
  file: string,
  io: CliIo,
  options: ReadSpectrumOptions = {},
): Promise<ImpedanceSpectrum> {
  const spectrum = await readKineticsDataset(file, "impedance", io, options.area);
  const skipped = spectrum.metadata.warnings.filter((w) => w.code === "W_SKIPPED_ROWS");
  if (skipped.length > 0 && options.skipInvalid !== true) {
    throw new LmbError(
      "E_INVALID_INPUT",
      `${file}: ${skipped.map((w) => w.message).join("; ")} (a frequency ≤ 0, NaN or an empty cell)`,
      {
        location: { source: file },
        fix: "repair or delete those rows (frequencies must be positive, in Hz; Z′ and Z″ finite numbers), or pass --skip-invalid to fit the other points",
      },
    );
  }
  return options.dropInductive ? dropInductive(spectrum) : spectrum;
}
