import { gamryDtaReader, impedanceCsvReader, zviewReader } from "../impedance/readers.js";
import type { FormatReader } from "./FormatReader.js";

/**
 * The impedance readers, in sniffing priority order: Gamry `.DTA` (also its CV and
 * chronoamperometry curves), Scribner ZPlot/ZView `.z`, and plain frequency/Z′/Z″ tables.
 */
export const IMPEDANCE_READERS: readonly FormatReader[] = [
  gamryDtaReader,
  zviewReader,
  impedanceCsvReader,
];
