import { readFile } from "node:fs/promises";
import { parseProtocol } from "@lmb/cells";
import { LmbError } from "@lmb/errors";
import { type CellProtocol, CellProtocolSchema, parseWithSchema } from "@lmb/schemas";
import type { CliIo } from "../../CliIo.js";
import { readInputBytes } from "../read/readInputBytes.js";

/**
 * The cell config of `lmb cell simulate`: JSON from a file or standard input (`-`), validated
 * later by `simulateCell` (which names the failing field).
 *
 * @throws LmbError `E_FILE` when unreadable, `E_PARSE` for invalid JSON
 */
export async function readCellConfig(path: string, io: CliIo): Promise<unknown> {
  const text = new TextDecoder().decode(await readInputBytes(path, io));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LmbError("E_PARSE", `${path} is not valid JSON: ${(error as Error).message}`, {
      location: { source: path },
      fix: "write the cell config as JSON (see lmb's CellConfig.json schema)",
      cause: error,
    });
  }
}

/**
 * The protocol of `--protocol`: the text itself (`parseProtocol` of `@lmb/cells`), or
 * `@FILE` — a text file in the same syntax, or a `.json` file holding a `CellProtocol`.
 *
 * @throws LmbError `E_PROTOCOL_PARSE` / `E_PROTOCOL_INVALID` from the parser, `E_SCHEMA` for a
 *   JSON protocol of the wrong shape, `E_FILE` when the file is unreadable
 */
export async function readProtocol(value: string): Promise<CellProtocol> {
  if (!value.startsWith("@")) return parseProtocol(value);
  const path = value.slice(1);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new LmbError("E_FILE", `cannot read ${path}: ${(error as Error).message}`, {
      location: { source: "--protocol" },
      fix: "give the protocol text, or @FILE with an existing file",
      cause: error,
    });
  }
  if (!path.toLowerCase().endsWith(".json")) return parseProtocol(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LmbError("E_PARSE", `${path} is not valid JSON: ${(error as Error).message}`, {
      location: { source: path },
      fix: "a .json protocol holds a CellProtocol ({ text, steps }); or give the protocol as text",
      cause: error,
    });
  }
  return parseWithSchema(CellProtocolSchema, json, { source: path, what: "cell protocol" });
}
