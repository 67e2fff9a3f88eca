import { readFile } from "node:fs/promises";
import { LmbError } from "@lmb/errors";
import type { CliIo } from "../../CliIo.js";

/**
 * The bytes of a command's input file: the file at `path`, or standard input for `-`.
 *
 * @throws LmbError `E_FILE` naming the path when it cannot be read; `E_USAGE` for `-` without stdin.
 */
export async function readInputBytes(path: string, io: CliIo): Promise<Uint8Array> {
  if (path === "-") {
    if (io.stdin === undefined)
      throw new LmbError("E_USAGE", "no standard input to read from", { fix: "give a file path" });
    const chunks: Uint8Array[] = [];
    for await (const chunk of io.stdin)
      chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw new LmbError("E_FILE", `cannot read ${path}: ${(error as Error).message}`, {
      location: { source: path },
      fix: "check the path and the file's permissions",
      cause: error,
    });
  }
}
