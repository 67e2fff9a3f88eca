const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁻": "-",
  "⁺": "+",
};

/** Turns a run of Unicode superscripts ("⁻²") into ASCII ("-2"); other characters are dropped. */
export function superscriptToAscii(text: string): string {
  return [...text].map((c) => SUPERSCRIPT_DIGITS[c] ?? "").join("");
}
