// Source-mode bootstrap (tests and `--conditions=@lmb/source`): loads the TypeScript worker
// through tsx. Published builds run dist/design-map-worker.{js,cjs} directly and never load this.
import { tsImport } from "tsx/esm/api";

await tsImport("./designMapWorker.ts", import.meta.url);
