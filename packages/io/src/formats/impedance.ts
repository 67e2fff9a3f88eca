import type { FormatReader } from "./FormatReader.js";

/** The impedance readers, in sniffing priority order. */
export const IMPEDANCE_READERS: readonly FormatReader[] = [];
