import type { DataAttribution } from "../../report/html/dataAttribution.js";

/**
 * Source and licence of every file in `examples/demo/` (the same as its ATTRIBUTION.md), shown
 * in the footer of the demo's report.html. The three real files keep their upstream licences;
 * the simulated ones are lmb's own (MIT), generated with known parameters.
 *
 * @example
 * renderReportHtml(result, { figures, attributions: DEMO_ATTRIBUTIONS });
 */
export const DEMO_ATTRIBUTIONS: readonly DataAttribution[] = [
  {
    file: "jdb11-4.mpr",
    description:
      "BioLogic GCPL of a cathode half cell (4.97 mg), 61 half cycles at stepped rates, copied unchanged",
    source:
      "https://github.com/cheminfo/biologic-converter (commit d4518d08, src/__tests__/data/all/)",
    licence: "MIT",
    copyright: "cheminfo (Luc Patiny)",
  },
  {
    file: "exampleDataBioLogic.mpt",
    description:
      "BioLogic PEIS, 1 kHz to 16.9 mHz, sample not documented upstream, copied unchanged",
    source: "https://github.com/ECSHackWeek/impedance.py (commit 0b302ca9, data/)",
    licence: "MIT",
    copyright: "2021 impedance.py developers",
  },
  {
    file: "Pt_poly_cv_CUT.mpt",
    description:
      "BioLogic cyclic voltammetry on polycrystalline Pt (outside a Li-metal report's scope), copied unchanged",
    source: "https://github.com/ixdat/ixdat (commit 8d37e5f1, test_data/biologic/)",
    licence: "MIT",
    copyright: "2020 ixdat",
  },
  {
    file: "li-li_*.mpt, li-cu_*.mpt, li-on-cu_*.mpt, electrolyte_conductivity-vs-T.csv",
    description:
      "simulated with known parameters by apps/cli/scripts/generate-demo-data.ts (@lmb/cells synthetic traces, @lmb/nucleation and @lmb/impedance models); the parameters are in examples/demo/ATTRIBUTION.md",
    source: "simulated",
    licence: "MIT",
    copyright: "the lmb authors",
  },
];
