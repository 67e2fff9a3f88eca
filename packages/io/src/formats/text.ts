import type { FormatReader } from "./FormatReader.js";

/** The text readers, in sniffing priority order. */
export const TEXT_READERS: readonly FormatReader[] = [];
