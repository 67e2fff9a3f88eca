import type { FormatReader } from "./FormatReader.js";

/** The neware readers, in sniffing priority order. */
export const NEWARE_READERS: readonly FormatReader[] = [];
