import { defineLmbProject } from "@lmb/vitest-config";

export default defineLmbProject();
