import type { FormatReader } from "./FormatReader.js";

/** The maccor readers, in sniffing priority order. */
export const MACCOR_READERS: readonly FormatReader[] = [];
