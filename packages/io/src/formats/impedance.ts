import {
  chiTxtReader,
  gamryDtaReader,
  impedanceCsvReader,
  versaStudioParReader,
  zviewReader,
} from "../impedance/readers.js";
import type { FormatReader } from "./FormatReader.js";

/**
 * The impedance readers, in sniffing priority order: Gamry `.DTA` (also its CV and
 * chronoamperometry curves), Scribner ZPlot/ZView `.z`, CH Instruments text, VersaStudio `.par`,
 * and plain frequency/Z′/Z″ tables.
 */
export const IMPEDANCE_READERS: readonly FormatReader[] = [
  gamryDtaReader,
  zviewReader,
  chiTxtReader,
  versaStudioParReader,
  impedanceCsvReader,
];
