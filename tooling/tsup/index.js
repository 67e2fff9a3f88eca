import { defineConfig } from "tsup";

/**
 * The build every lmb library shares: ESM + CJS + .d.ts/.d.cts from `src/index.ts`
 * (and any extra entries, e.g. a `/node` subpath), for Node ≥ 20.19 and browsers.
 *
 * @param {Record<string, string>} [extraEntries] extra entry points, name → source file
 */
export function defineLibraryConfig(extraEntries = {}) {
  return defineConfig({
    entry: { index: "src/index.ts", ...extraEntries },
    format: ["esm", "cjs"],
    // tsup 8's declaration build sets `baseUrl`, which TypeScript 6 deprecates.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    treeshake: true,
  });
}
