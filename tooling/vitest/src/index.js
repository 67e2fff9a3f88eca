// Plain JavaScript: vitest loads config files with Node, which cannot import .ts from node_modules.
import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

const setupFile = fileURLToPath(new URL("./setup.ts", import.meta.url));

/**
 * The vitest project every lmb package uses: tests beside the code (`src/**\/*.test.ts`),
 * workspace packages resolved from source through the `@lmb/source` condition, the
 * `toBeAllClose` matcher, and a test that writes to the console fails.
 *
 * @param {import("vitest/config").UserWorkspaceConfig} [overrides]
 * @returns {import("vitest/config").UserWorkspaceConfig}
 */
export function defineLmbProject(overrides = {}) {
  return defineProject({
    resolve: { conditions: ["@lmb/source"] },
    ssr: { resolve: { conditions: ["@lmb/source"] } },
    ...overrides,
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      setupFiles: [setupFile],
      restoreMocks: true,
      ...overrides.test,
    },
  });
}
