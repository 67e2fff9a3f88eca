import { defineLibraryConfig } from "@lmb/tsup-config";

export default defineLibraryConfig();
