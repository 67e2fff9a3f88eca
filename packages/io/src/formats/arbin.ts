import type { FormatReader } from "./FormatReader.js";

/** The arbin readers, in sniffing priority order. */
export const ARBIN_READERS: readonly FormatReader[] = [];
