import { LmbError } from "@lmb/errors";

/**
 * What a reader accepts: the file's bytes (`Uint8Array`, `ArrayBuffer`), a `Blob`/`File` (a
 * file dropped on the docs site) or a web `ReadableStream` of bytes. Paths are read by
 * `@lmb/io/node`.
 */
export type ReadInput = Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array>;

/** The largest input read into memory unless the caller allows more: 2 GiB. */
export const DEFAULT_MAX_BYTES = 2 ** 31;

/**
 * Collects any {@link ReadInput} into one `Uint8Array` (no copy for a `Uint8Array`), refusing
 * more than `maxBytes` so a runaway stream cannot exhaust memory.
 *
 * @throws LmbError `E_INPUT` for an unsupported input type; `E_TOO_LARGE` past `maxBytes`.
 * @example
 * const bytes = await inputToBytes(file); // File from a drop event
 */
export async function inputToBytes(
  input: ReadInput,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return checkSize(input, maxBytes);
  if (input instanceof ArrayBuffer) return checkSize(new Uint8Array(input), maxBytes);
  if (typeof Blob !== "undefined" && input instanceof Blob) {
    if (input.size > maxBytes) throw tooLarge(input.size, maxBytes);
    return new Uint8Array(await input.arrayBuffer());
  }
  if (typeof ReadableStream !== "undefined" && input instanceof ReadableStream)
    return readStream(input, maxBytes);
  throw new LmbError(
    "E_INPUT",
    "cannot read this input: expected bytes, a Blob or a ReadableStream",
    {
      fix: "pass a Uint8Array, ArrayBuffer, Blob or ReadableStream, or a path through @lmb/io/node",
    },
  );
}

function checkSize(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  return bytes;
}

function tooLarge(size: number, maxBytes: number): LmbError {
  return new LmbError(
    "E_TOO_LARGE",
    `input of ${size} bytes exceeds the limit of ${maxBytes} bytes`,
    {
      fix: "raise the maxBytes option if the file is really this large",
    },
  );
}

async function readStream(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(total, maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
