export { formatBenchTable } from "./formatBenchTable.js";
export {
  type BenchCase,
  type BenchRow,
  type BenchSuiteOptions,
  runBenchSuite,
} from "./runBenchSuite.js";
