const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

function codePoint(value: number): string {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : "\uFFFD";
}

/**
 * Decodes XML character references (`&lt;`, `&#181;`, `&#xB5;`) and the OOXML escape `_xHHHH_`
 * that Excel writes for control characters. Unknown references are left as written.
 *
 * @example
 * unescapeXml("Current(&#181;A)"); // "Current(µA)"
 */
export function unescapeXml(text: string): string {
  let out = text;
  if (out.includes("&")) {
    out = out.replace(ENTITY, (whole, name: string) => {
      if (name.startsWith("#x")) return codePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return codePoint(Number.parseInt(name.slice(1), 10));
      return NAMED[name] ?? whole;
    });
  }
  if (out.includes("_x")) {
    out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  }
  return out;
}

/**
 * Reads the attributes of one XML start tag's attribute text (`name="a" r:id='b'`) into an
 * object, values unescaped. Namespace prefixes are kept (`r:id`).
 *
 * @example
 * xmlAttributes(' name="Sheet1" r:id="rId1"'); // { name: "Sheet1", "r:id": "rId1" }
 */
export function xmlAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    attributes[m[1] as string] = unescapeXml(m[2] ?? m[3] ?? "");
  }
  return attributes;
}

/**
 * Decodes XML bytes using the encoding its declaration names (`<?xml … encoding="GB2312"?>`, as
 * Neware writes), falling back to UTF-8 when the label is unknown to `TextDecoder`.
 *
 * @example
 * decodeXml(bytes).includes("<root>");
 */
export function decodeXml(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const label = /encoding\s*=\s*["']([\w.-]+)["']/i.exec(head)?.[1];
  if (label !== undefined) {
    try {
      return new TextDecoder(label.toLowerCase() === "gb2312" ? "gbk" : label).decode(bytes);
    } catch {
      // unknown label: fall through to UTF-8
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}
