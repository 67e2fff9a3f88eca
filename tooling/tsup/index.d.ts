import type { Options } from "tsup";

/** The dual ESM/CJS + declarations build every lmb library shares (see index.js). */
export declare function defineLibraryConfig(
  extraEntries?: Record<string, string>,
): Options | Options[];
