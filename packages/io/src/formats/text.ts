import { bdfCsvReader } from "../generic/bdfReader.js";
import { genericCsvReader } from "../generic/genericCsvReader.js";
import { landtCsvReader } from "../generic/landtReader.js";
import { primeCsvReader } from "../generic/primeReader.js";
import type { FormatReader } from "./FormatReader.js";

/**
 * The text readers, in sniffing priority order: Battery Data Format CSV, Landt CSV (BDF
 * snake_case layout), the cellpy "PRIME INSTRUMENT FILE" CSV, and last the generic delimited
 * text reader (low sniff confidence, so every vendor reader wins over it).
 */
export const TEXT_READERS: readonly FormatReader[] = [
  bdfCsvReader,
  landtCsvReader,
  primeCsvReader,
  genericCsvReader,
];
