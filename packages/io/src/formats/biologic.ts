import { biologicMprReader } from "../biologic/mprReader.js";
import { biologicMptReader } from "../biologic/mptReader.js";
import type { FormatReader } from "./FormatReader.js";

/** The biologic readers, in sniffing priority order: `.mpr` binary, then `.mpt`/BT-Lab text. */
export const BIOLOGIC_READERS: readonly FormatReader[] = [biologicMprReader, biologicMptReader];
