/**
 * The URL of an example file shipped in `apps/cli/examples/`. This module sits directly under
 * `src/`, as the bundle sits under `dist/`, so `../examples/` resolves to the same folder from
 * source (tests) and from the bundle (workspace or installed package, which lists `examples` in
 * `files`).
 *
 * @param name - File name inside `examples/`, e.g. `"demo-protocol.json"`.
 * @example
 * readFileSync(bundledExampleUrl("demo-protocol.json"), "utf8");
 */
export function bundledExampleUrl(name: string): URL {
  return new URL(`../examples/${name}`, import.meta.url);
}
