import { maccorTextReader } from "../maccor/maccorTextReader.js";
import type { FormatReader } from "./FormatReader.js";

/** The Maccor readers, in sniffing priority order: text exports of both header layouts. */
export const MACCOR_READERS: readonly FormatReader[] = [maccorTextReader];
