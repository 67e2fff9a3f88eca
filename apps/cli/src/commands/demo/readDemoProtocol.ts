import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { LmbError } from "@lmb/errors";
import { type DemoProtocol, DemoProtocolSchema, parseWithSchema } from "@lmb/schemas";
import { bundledExampleUrl } from "../../bundledExampleUrl.js";
import type { CliIo } from "../../CliIo.js";

/** The demo protocol and where it came from. */
export interface DemoInput {
  protocol: DemoProtocol;
  /** For the reader: the path given, `"stdin"`, or the bundled example. */
  input: string;
}

/**
 * Name of the bundled example in `examples/`.
 *
 * @example
 * bundledExampleUrl(DEMO_EXAMPLE); // …/apps/cli/examples/demo-protocol.json
 */
export const DEMO_EXAMPLE = "demo-protocol.json";

async function readStdin(io: CliIo): Promise<string> {
  if (!io.stdin) {
    throw new LmbError("E_NO_STDIN", "no standard input to read the protocol from", {
      location: { source: "-" },
      fix: "pipe a protocol into lmb demo -, or give a file path",
    });
  }
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of io.stdin) {
    text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

async function readText(path: string | URL, source: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    throw new LmbError("E_FILE_READ", `cannot read the protocol file: ${reason}`, {
      location: { source },
      fix: "check the path, or run `lmb demo` without a file to use the bundled example",
      cause: error,
    });
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LmbError("E_PARSE", `the protocol is not valid JSON: ${(error as Error).message}`, {
      location: { source },
      fix: "fix the JSON syntax (a trailing comma or a missing quote is the usual culprit)",
      cause: error,
    });
  }
}

/**
 * Reads and validates a demo protocol ({@link DemoProtocolSchema}) from a file, from stdin
 * (`-`), or — without a path — from the example bundled with the CLI. Never writes to it.
 *
 * @param path - File path, `"-"` for stdin, or `undefined` for the bundled example.
 * @throws LmbError `E_FILE_READ`, `E_NO_STDIN`, `E_PARSE` (not JSON), `E_SCHEMA` (names the field).
 * @example
 * const { protocol } = await readDemoProtocol(undefined, io);
 */
export async function readDemoProtocol(path: string | undefined, io: CliIo): Promise<DemoInput> {
  let text: string;
  let input: string;
  if (path === undefined) {
    const url = bundledExampleUrl(DEMO_EXAMPLE);
    input = `examples/${DEMO_EXAMPLE} (bundled with lmb)`;
    text = await readText(url, fileURLToPath(url));
  } else if (path === "-") {
    input = "stdin";
    text = await readStdin(io);
  } else {
    input = path;
    text = await readText(path, path);
  }
  const protocol = parseWithSchema(DemoProtocolSchema, parseJson(text, input), {
    source: input,
    what: "demo protocol",
  });
  return { protocol, input };
}
