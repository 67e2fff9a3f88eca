/** How the sign of an imaginary-impedance column was decided. */
export interface ImagSignDecision {
  /** Multiply the file's values by this to get signed Im(Z). */
  sign: 1 | -1;
  /** Why: the header said so, the format is known, or the data decided. */
  reason: "header" | "format" | "data";
  /** A warning to record when the sign was guessed from the data. */
  warning?: string;
}

/** True when a header names −Im(Z): `-Z''`, `-Im(Z)`, `−Z″`, `-Zim`, `minus Z''`. */
export function headerIsNegativeImag(header: string): boolean {
  return /^\s*(?:[-−–]|minus\b)/i.test(header.replace(/^\s*data:\s*/i, ""));
}

/** True when a header explicitly names the signed Im(Z) (`Im(Z)`, `Im Z`), not Z″ or Zimag. */
export function headerIsSignedImag(header: string): boolean {
  return /^\s*im\s*\(?\s*z\s*\)?(?:\s*[/([]|\s*$)/i.test(header);
}

/**
 * Decides whether an imaginary-impedance column holds Im(Z) or −Im(Z): a header with a minus
 * (`-Z''`, `-Im(Z)`) means −Im(Z); `Im(Z)` or a format known to store Im(Z) (`trusted`) means
 * Im(Z); otherwise (`Z''`, `Zimag`, no header) the data decide — a capacitive spectrum has most
 * Im(Z) < 0, so a majority of negative values means the column is Im(Z) and a majority of
 * positive values means −Im(Z) (with a warning, since an inductive spectrum would fool it).
 *
 * @example
 * decideImagSign("-Z'' (Ω)", values).sign; // -1
 * decideImagSign("Z''", Float64Array.of(-1, -2, 0.1)).sign; // 1
 */
export function decideImagSign(
  header: string,
  values: ArrayLike<number>,
  trusted = false,
): ImagSignDecision {
  if (headerIsNegativeImag(header)) return { sign: -1, reason: "header" };
  if (trusted || headerIsSignedImag(header))
    return { sign: 1, reason: trusted ? "format" : "header" };
  let negative = 0;
  let positive = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < 0) negative++;
    else if (v > 0) positive++;
  }
  if (positive > negative) {
    return {
      sign: -1,
      reason: "data",
      warning: `column "${header || "3"}" is mostly positive (${positive} of ${positive + negative}); read as −Im(Z) (a capacitive spectrum). Map it to "zImag" (signed) or "-zImag" to say otherwise`,
    };
  }
  return { sign: 1, reason: "data" };
}
