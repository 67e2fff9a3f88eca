import { readFileSync } from "node:fs";
import { readBytes } from "@lmb/io";
import { describe, expect, it } from "vitest";
import { DEMO_AREA } from "../../../scripts/demo/demoParameters.js";
import { simulateDemoFiles } from "../../../scripts/demo/simulateDemoFiles.js";
import { bundledExampleUrl } from "../../bundledExampleUrl.js";

const files = simulateDemoFiles();

describe("the demo data in examples/demo", () => {
  it("holds exactly what scripts/generate-demo-data.ts writes (seeded: same bytes every run)", () => {
    for (const file of files) {
      const committed = readFileSync(bundledExampleUrl(`demo/${file.name}`));
      expect(committed.equals(file.bytes), file.name).toBe(true);
    }
  });

  it("reads back with @lmb/io as the kind each file stands for, with the 1.131 cm² area", () => {
    const kinds = Object.fromEntries(
      files.map((f) => {
        const data = readBytes(new Uint8Array(f.bytes), { fileName: f.name });
        if (f.name.endsWith(".mpt"))
          expect(data.metadata.area, f.name).toBeAllClose(DEMO_AREA, { rtol: 1e-4 });
        return [f.name, data.kind];
      }),
    );
    expect(kinds).toMatchObject({
      "li-li_bare_1mA-1mAh.mpt": "cycling",
      "li-cu_ce_0.5mA-1mAh.mpt": "cycling",
      "li-on-cu_chronoamperometry_-100mV.mpt": "transient",
      "li-li_eis_25C.mpt": "impedance",
      "electrolyte_conductivity-vs-T.csv": "conductivity",
    });
  });

  it("keeps the bundled examples small (< 4 MB with the real files)", () => {
    const simulated = files.reduce((sum, f) => sum + f.bytes.length, 0);
    const real = ["jdb11-4.mpr", "exampleDataBioLogic.mpt", "Pt_poly_cv_CUT.mpt"].reduce(
      (sum, name) => sum + readFileSync(bundledExampleUrl(`demo/${name}`)).length,
      0,
    );
    expect(simulated + real).toBeLessThan(4e6);
  });
});
