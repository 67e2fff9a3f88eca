import { arbinResReader } from "../arbin/arbinResReader.js";
import { arbinXlsxReader } from "../arbin/arbinXlsxReader.js";
import type { FormatReader } from "./FormatReader.js";

/**
 * The Arbin readers, in sniffing priority order: the MITS Pro `.res` database and the Excel
 * export. Arbin CSV exports (`Test_Time(s)`, `Current(A)`, `Voltage(V)`) read through the
 * generic delimited-text reader.
 */
export const ARBIN_READERS: readonly FormatReader[] = [arbinResReader, arbinXlsxReader];
