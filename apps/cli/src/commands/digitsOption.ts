import { InvalidArgumentError, Option } from "@commander-js/extra-typings";

function parseDigits(text: string): number {
  const digits = Number(text);
  if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
    throw new InvalidArgumentError("expected a whole number of significant digits from 1 to 17");
  }
  return digits;
}

/**
 * The `--digits <n>` option: significant digits of the human-readable output (default: that
 * of `@lmb/units`' `formatQuantity`, 5; `--json` always carries full precision). An invalid
 * value is a usage error (exit code 2).
 *
 * @example
 * new Command("convert").addOption(digitsOption());
 */
export function digitsOption() {
  return new Option(
    "--digits <n>",
    "significant digits of the printed values (default: 5)",
  ).argParser(parseDigits);
}
