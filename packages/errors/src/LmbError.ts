/**
 * Where in an input a problem was found: a file (or a CLI flag, a field), and optionally
 * a 1-based line and column.
 */
export interface LmbErrorLocation {
  /** File path, flag name (`--current`), or field path (`options.bounds[2]`). */
  source?: string;
  /** 1-based line in the file. */
  line?: number;
  /** 1-based column in the line. */
  column?: number;
  /** 0-based byte offset in a binary file, where lines mean nothing. */
  offset?: number;
}

/** Everything an {@link LmbError} carries besides its code and message. */
export interface LmbErrorOptions {
  /** Where the problem is. Printed after the message. */
  location?: LmbErrorLocation;
  /** What the user should do to fix it. Printed after the location. */
  fix?: string;
  /** Extra structured detail for programs (e.g. the token that failed to parse). */
  details?: Record<string, unknown>;
  /** The underlying error, when wrapping one. */
  cause?: unknown;
}

function describeLocation(location: LmbErrorLocation | undefined): string {
  if (!location) return "";
  const parts = [location.source, location.line, location.column].filter((p) => p !== undefined);
  if (location.offset !== undefined) parts.push(`byte ${location.offset}`);
  return parts.length > 0 ? ` (at ${parts.join(":")})` : "";
}

/**
 * The one error class of lmb. `code` is stable (safe to branch on); `message` says what was
 * wrong, where, and what to do.
 *
 * @example
 * throw new LmbError("E_UNIT_PARSE", 'unknown unit "mAhh"', {
 *   location: { source: "--capacity", column: 3 },
 *   fix: 'write a unit such as "mAh cm-2"',
 * });
 */
export class LmbError extends Error {
  override readonly name = "LmbError";
  /** Stable, machine-readable code, e.g. `E_UNIT_MISMATCH`. */
  readonly code: string;
  /** The message without location and fix. */
  readonly problem: string;
  readonly location: LmbErrorLocation | undefined;
  readonly fix: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, problem: string, options: LmbErrorOptions = {}) {
    const where = describeLocation(options.location);
    const fix = options.fix ? `. Fix: ${options.fix}` : "";
    super(
      `${code}: ${problem}${where}${fix}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.problem = problem;
    this.location = options.location;
    this.fix = options.fix;
    this.details = options.details;
  }

  /** A plain JSON view, for `--json` error output. */
  toJSON(): {
    code: string;
    message: string;
    problem: string;
    location?: LmbErrorLocation;
    fix?: string;
  } {
    return {
      code: this.code,
      message: this.message,
      problem: this.problem,
      ...(this.location ? { location: this.location } : {}),
      ...(this.fix ? { fix: this.fix } : {}),
    };
  }
}

/**
 * True when `value` is an {@link LmbError}, also across duplicated copies of this package
 * (where `instanceof` would fail).
 */
export function isLmbError(value: unknown): value is LmbError {
  return (
    value instanceof LmbError ||
    (value instanceof Error &&
      value.name === "LmbError" &&
      typeof (value as { code?: unknown }).code === "string")
  );
}
