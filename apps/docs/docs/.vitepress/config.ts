import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DefaultTheme, defineConfig } from "vitepress";

// The workspace packages export their TypeScript source under the `@lmb/source` condition, so
// the live calculators run the real package code without building the packages first. Vite 5
// (VitePress 1.x) adds custom conditions to its defaults. The SSR build bundles @lmb/* (Node
// cannot import .ts) and zod (a dependency of @lmb/schemas that apps/docs cannot resolve).
const SOURCE_CONDITION = "@lmb/source";

// @lmb/io imports mdb-reader (Arbin .res), whose browser build needs Node's `buffer` and throws
// when a page imports it; io refuses .res files without Buffer anyway, so pages get a stub.
const MDB_READER_SHIM = fileURLToPath(new URL("./shims/mdbReader.ts", import.meta.url));

/** The API sidebar written by scripts/api.mjs; empty when the reference was not generated. */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const file = fileURLToPath(new URL("../api/sidebar.json", import.meta.url));
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, "utf8")) as DefaultTheme.SidebarItem[];
}

const guide: DefaultTheme.SidebarItem[] = [
  {
    text: "Guide",
    items: [
      { text: "Getting started", link: "/getting-started" },
      { text: "Units and Li metal", link: "/units" },
      { text: "Kinetics", link: "/kinetics" },
      { text: "Impedance", link: "/impedance" },
      { text: "Nucleation", link: "/nucleation" },
      { text: "Percolation", link: "/percolation" },
      { text: "Why symmetric cells mislead", link: "/symmetric-cells" },
    ],
  },
];

export default defineConfig({
  title: "lmb",
  description: "An open-source TypeScript toolkit for lithium-metal battery research",
  cleanUrls: true,
  lastUpdated: false,
  // TSDoc writes unit exponents as V^{−½}; markdown-it-attrs would read "{…}" as attributes.
  markdown: { math: true, attrs: { disable: true } },
  themeConfig: {
    nav: [
      { text: "Guide", link: "/getting-started" },
      { text: "Units", link: "/units" },
      { text: "Kinetics", link: "/kinetics" },
      { text: "Impedance", link: "/impedance" },
      { text: "Nucleation", link: "/nucleation" },
      { text: "Percolation", link: "/percolation" },
      { text: "Symmetric cells", link: "/symmetric-cells" },
      { text: "API", link: "/api/" },
    ],
    sidebar: {
      "/api/": [{ text: "API reference", link: "/api/", items: apiSidebar() }],
      "/": guide,
    },
    search: { provider: "local" },
    outline: [2, 3],
  },
  vite: {
    build: {
      // The lazily loaded local-search index is the one big chunk; it is fine.
      chunkSizeWarningLimit: 1000,
      rollupOptions: {
        onwarn(warning, warn) {
          // zod ships comments Rollup cannot place; harmless noise.
          if (warning.code === "INVALID_ANNOTATION") return;
          warn(warning);
        },
      },
    },
    resolve: {
      conditions: [SOURCE_CONDITION],
      alias: [{ find: /^mdb-reader$/, replacement: MDB_READER_SHIM }],
    },
    ssr: {
      noExternal: [/^@lmb\//, "zod"],
      resolve: { conditions: [SOURCE_CONDITION], externalConditions: [SOURCE_CONDITION] },
    },
  },
});
