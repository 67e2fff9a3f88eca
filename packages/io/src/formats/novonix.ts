import { novonixCsvReader } from "../novonix/novonixCsvReader.js";
import type { FormatReader } from "./FormatReader.js";

/** The Novonix readers: the HPC CSV export. */
export const NOVONIX_READERS: readonly FormatReader[] = [novonixCsvReader];
