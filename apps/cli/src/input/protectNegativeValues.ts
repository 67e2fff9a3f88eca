const NEGATIVE_VALUE = /^-(?=\.?\d)/;

/**
 * Lets researchers type negative quantities as arguments — `lmb units temperature "-20 °C"` —
 * which commander would otherwise read as an unknown option: a leading ASCII hyphen followed by
 * a digit becomes the minus sign U+2212, which the `@lmb/units` parser reads as a minus. lmb
 * has no option that starts with a digit, and arguments after `--` are left alone.
 *
 * @example
 * protectNegativeValues(["units", "temperature", "-20 °C"]); // [..., "−20 °C"]
 */
export function protectNegativeValues(argv: readonly string[]): string[] {
  const end = argv.indexOf("--");
  return argv.map((arg, i) =>
    (end === -1 || i < end) && NEGATIVE_VALUE.test(arg) ? arg.replace(NEGATIVE_VALUE, "−") : arg,
  );
}
