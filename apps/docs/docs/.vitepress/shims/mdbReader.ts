import { LmbError } from "@lmb/errors";

/**
 * Stand-in for `mdb-reader` in the docs' browser bundle. `@lmb/io` reads Arbin `.res` (Access
 * database) files with mdb-reader, whose browser build pulls in browserify-aes and create-hash;
 * those need Node's `buffer` module and fail as soon as they are imported in a page. `@lmb/io`
 * already refuses `.res` files where there is no `Buffer` (`E_UNSUPPORTED`, naming the CLI as the
 * fix), so the page never constructs a reader; this class only keeps the import cheap and safe.
 */
export default class MDBReader {
  constructor() {
    throw new LmbError("E_UNSUPPORTED", "Arbin .res databases cannot be read in the browser", {
      fix: "read the file with the lmb CLI or @lmb/io/node, or export CSV/XLSX from MITS Pro",
    });
  }
}
