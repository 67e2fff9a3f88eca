/**
 * Whether a relative path (with `/` separators) matches a config `match` pattern: a plain
 * relative path matches itself; `*` matches any run of characters within one folder, `**`
 * any run across folders (`eis/**` matches everything under `eis/`), `?` one character. A
 * pattern without `/` also matches the base name, so `*.mpt` matches `cell3/run.mpt`.
 *
 * @param pattern - the config's `match`, e.g. `"eis/*.mpt"`
 * @param path - the file's path relative to its input folder, e.g. `"eis/25C.mpt"`
 * @example
 * globMatch("eis/**", "eis/a/b.mpt"); // true
 * globMatch("*.mpt", "cell3/run.mpt"); // true
 */
export function globMatch(pattern: string, path: string): boolean {
  const normalized = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
  const re = globRegExp(normalized);
  if (normalized.includes("/")) return re.test(path);
  return re.test(path.split("/").at(-1) ?? path) || re.test(path);
}

const cache = new Map<string, RegExp>();

function globRegExp(pattern: string): RegExp {
  const known = cache.get(pattern);
  if (known) return known;
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") {
          i++;
          source += "(?:.*/)?";
        } else source += ".*";
      } else source += "[^/]*";
    } else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const re = new RegExp(`^${source}$`);
  cache.set(pattern, re);
  return re;
}
