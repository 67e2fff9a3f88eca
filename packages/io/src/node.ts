/**
 * @lmb/io/node — reading files by path (Node only; the main entry runs in browsers).
 *
 * @packageDocumentation
 */
import { readFile as readFileBytes, stat } from "node:fs/promises";
import { basename } from "node:path";
import { LmbError } from "@lmb/errors";
import type { Dataset } from "@lmb/schemas";
import MDBReader from "mdb-reader";
import { registerMdbReader } from "./arbin/mdbReaderRegistry.js";
import type { ReadOptions } from "./formats/FormatReader.js";
import { DEFAULT_MAX_BYTES } from "./input/readInput.js";
import { readBytes } from "./read.js";

/**
 * Turns on the readers that need Node.js: the Arbin `.res` (MS Access) reader, whose
 * `mdb-reader` dependency cannot load in a browser. `readFile` calls it; call it yourself when
 * you pass bytes to `read`/`readBytes` from `@lmb/io` in Node. Safe to call repeatedly.
 *
 * @example
 * enableNodeReaders();
 * readBytes(resBytes, { fileName: "cell.res" });
 */
export function enableNodeReaders(): void {
  registerMdbReader(MDBReader);
}

/**
 * Reads an instrument file from disk into a dataset (see `read`). The file is opened read-only;
 * lmb never writes to an input file.
 *
 * @param path - Path of the file.
 * @param options - `ReadOptions`; `fileName` defaults to the path's base name.
 * @throws LmbError `E_FILE` when the file cannot be opened, plus every reader error.
 * @example
 * const data = await readFile("runs/cell07.mpr");
 */
export async function readFile(path: string, options: ReadOptions = {}): Promise<Dataset> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (info.size > maxBytes) {
      throw new LmbError(
        "E_TOO_LARGE",
        `${path} has ${info.size} bytes, over the limit of ${maxBytes}`,
        {
          fix: "raise the maxBytes option",
        },
      );
    }
    bytes = await readFileBytes(path);
  } catch (error) {
    if (error instanceof LmbError) throw error;
    throw new LmbError("E_FILE", `cannot read ${path}: ${(error as Error).message}`, {
      location: { source: path },
      fix: "check the path and the file's permissions",
      cause: error,
    });
  }
  enableNodeReaders();
  return readBytes(bytes, { fileName: basename(path), ...options });
}

export type { ReadOptions } from "./formats/FormatReader.js";
