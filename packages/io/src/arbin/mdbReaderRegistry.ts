import type MDBReader from "mdb-reader";

/** The `mdb-reader` class, or anything constructed the same way. */
export type MdbReaderConstructor = new (buffer: never) => MDBReader;

let registered: MdbReaderConstructor | undefined;

/**
 * Makes the MS Access reader available to the Arbin `.res` reader. `@lmb/io/node` registers
 * `mdb-reader` itself (see `enableNodeReaders`); the browser entry never imports it, because its
 * dependencies need Node's `buffer` module and would break a page at import time.
 *
 * @example
 * import MDBReader from "mdb-reader";
 * registerMdbReader(MDBReader);
 */
export function registerMdbReader(reader: MdbReaderConstructor): void {
  registered = reader;
}

/** The registered MS Access reader, if any. */
export function registeredMdbReader(): MdbReaderConstructor | undefined {
  return registered;
}
