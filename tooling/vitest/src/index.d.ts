import type { UserWorkspaceConfig } from "vitest/config";

/** The vitest project every lmb package uses (see index.js). */
export declare function defineLmbProject(overrides?: UserWorkspaceConfig): UserWorkspaceConfig;
