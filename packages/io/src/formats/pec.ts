import { pecCsvReader } from "../pec/pecCsvReader.js";
import type { FormatReader } from "./FormatReader.js";

/** The PEC readers: the tester's CSV export. */
export const PEC_READERS: readonly FormatReader[] = [pecCsvReader];
