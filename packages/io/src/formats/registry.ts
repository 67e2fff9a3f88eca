import { ARBIN_READERS } from "./arbin.js";
import { BIOLOGIC_READERS } from "./biologic.js";
import type { FormatReader } from "./FormatReader.js";
import { IMPEDANCE_READERS } from "./impedance.js";
import { MACCOR_READERS } from "./maccor.js";
import { NEWARE_READERS } from "./neware.js";
import { NOVONIX_READERS } from "./novonix.js";
import { PEC_READERS } from "./pec.js";
import { TEXT_READERS } from "./text.js";

/**
 * Every format reader, vendor formats first and the generic delimited-text reader last, so a
 * vendor's CSV export is recognised as that vendor's before falling back to generic parsing.
 */
export const FORMAT_READERS: readonly FormatReader[] = [
  ...BIOLOGIC_READERS,
  ...NEWARE_READERS,
  ...ARBIN_READERS,
  ...MACCOR_READERS,
  ...NOVONIX_READERS,
  ...PEC_READERS,
  ...IMPEDANCE_READERS,
  ...TEXT_READERS,
];

/**
 * The formats lmb reads: id, title, extensions and dataset kinds.
 *
 * @example
 * listFormats().map((f) => f.id); // ["biologic-mpr", "biologic-mpt", …, "csv"]
 */
export function listFormats(): {
  id: string;
  title: string;
  extensions: readonly string[];
  kinds: readonly string[];
}[] {
  return FORMAT_READERS.map(({ id, title, extensions, kinds }) => ({
    id,
    title,
    extensions,
    kinds,
  }));
}
