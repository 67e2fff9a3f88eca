import {
  NEWARE_BTSDA_CSV_READER,
  NEWARE_BTSDA_XLSX_READER,
  NEWARE_NDA_READER,
  NEWARE_NDAX_READER,
} from "../neware/readers.js";
import type { FormatReader } from "./FormatReader.js";

/**
 * The Neware readers, in sniffing priority order: `.ndax` (ZIP of ndc streams), legacy `.nda`
 * (also `.nda.zip`), BTSDA CSV and XLSX exports. Formats and sources: `src/neware/*` (layouts
 * from fastnda/NewareNDA, BSD-3; checked against BTSDA parquet exports).
 */
export const NEWARE_READERS: readonly FormatReader[] = [
  NEWARE_NDAX_READER,
  NEWARE_NDA_READER,
  NEWARE_BTSDA_CSV_READER,
  NEWARE_BTSDA_XLSX_READER,
];
