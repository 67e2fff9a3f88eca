/** A stream the CLI writes text to: `process.stdout`, or a string collector in tests. */
export interface OutputStream {
  write(text: string): unknown;
  /** Terminal width, when writing to a terminal; help text wraps at it. */
  readonly columns?: number | undefined;
  /** True when writing to a terminal (progress bars are drawn only then). */
  readonly isTTY?: boolean | undefined;
}

/**
 * Everything the CLI reads from and writes to, injected so that {@link runCli} runs in-process
 * in tests. Only `main.ts` passes the real process streams.
 *
 * @example
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
 */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Read where a command takes `-` for an input file. */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
}
