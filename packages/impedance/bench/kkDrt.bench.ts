// Lin-KK and DRT benchmarks on synthetic two-arc spectra (R0 + ZARC + ZARC, 0.1 % noise) of 60
// and 200 points from 100 kHz to 10 mHz. Picked up by `pnpm bench` (bench/index.ts), or alone:
//   node --conditions=@lmb/source --import tsx bench/kkDrt.bench.ts [--json out.json]
// References: impedance.py's linKK takes 55 ms on 57 points (research/eis.md §2.4); pyDRTtools
// builds its RBF matrices with scipy quad, N² integrals (seconds for 200 points).
import { type BenchCase, runBenchSuite } from "@lmb/bench";
import { drt } from "../src/drt/drt.js";
import { linKk } from "../src/kk/linKk.js";
import { logFrequencies, seriesSpectrum } from "../src/kk/syntheticSpectra.fixture.js";

function spectrum(points: number) {
  return seriesSpectrum(
    [
      { kind: "R", r: 10 },
      { kind: "ZARC", r: 20, tau: 1e-4, phi: 0.9 },
      { kind: "ZARC", r: 50, tau: 1e-1, phi: 0.8 },
    ],
    logFrequencies(1e5, 1e-2, points),
    1e-3,
    7,
  );
}

const s60 = spectrum(60);
const s200 = spectrum(200);

/** Benchmark cases, exported for the suite runner. */
export const cases: BenchCase[] = [
  {
    name: "linKk 60 points, impedance.py defaults (real, M by μ)",
    fn: () => linKk(s60, { plots: false }),
    items: 60,
    itemName: "points",
  },
  {
    name: "linKk 60 points, complex + series C (M by μ)",
    fn: () => linKk(s60, { fitType: "complex", addCapacitance: true, plots: false }),
    items: 60,
    itemName: "points",
  },
  {
    name: "linKk 200 points, complex + series C (M by μ)",
    fn: () => linKk(s200, { fitType: "complex", addCapacitance: true, plots: false }),
    items: 200,
    itemName: "points",
  },
  {
    name: "drt 60 points, λ by mGCV (62 unknowns)",
    fn: () => drt(s60, { plots: false }),
    items: 60,
    itemName: "points",
  },
  {
    name: "drt 60 points, λ given",
    fn: () => drt(s60, { lambda: 1e-3, plots: false }),
    items: 60,
    itemName: "points",
  },
  {
    name: "drt 200 points, λ by mGCV (202 unknowns)",
    fn: () => drt(s200, { plots: false }),
    items: 200,
    itemName: "points",
  },
  {
    name: "drt 200 points, λ given",
    fn: () => drt(s200, { lambda: 1e-3, plots: false }),
    items: 200,
    itemName: "points",
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  await runBenchSuite("impedance: Lin-KK and DRT", cases, { time: 2000, warmupTime: 500 });
}
