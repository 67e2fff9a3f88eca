import type { FormatReader } from "./FormatReader.js";

/** The biologic readers, in sniffing priority order. */
export const BIOLOGIC_READERS: readonly FormatReader[] = [];
