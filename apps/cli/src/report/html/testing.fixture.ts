import { type ReportResult, ReportResultSchema } from "@lmb/schemas";

/** A file name that would run a script if it were not escaped. */
export const HOSTILE_NAME = `<img src=x onerror="alert('x')">&.mpt`;

/**
 * A small ReportResult for the renderer's tests: two experiments (one from a hostile file
 * name), a summary, a skipped file, a comparison block; validated by ReportResultSchema.
 */
export function reportFixture(): ReportResult {
  const headline = (
    key: string,
    label: string,
    value: number | string,
    unit: string,
    id: string,
    uncertainty?: number,
  ) => ({
    key,
    label,
    value,
    unit,
    experimentId: id,
    ...(uncertainty === undefined ? {} : { uncertainty }),
  });
  const e1 = [
    headline("overpotential-cycle-10", "Overpotential, cycle 10", 110.5623, "mV", "e01-bare"),
    headline("failure-mode", "Failure mode", "hard short", "", "e01-bare"),
  ];
  const e2 = [
    headline("exchange-current-density", "j0", 1.00823, "mA cm⁻²", "e02-rate", 0.01234),
    headline("diffusion-coefficient", "D", 9.999e-7, "cm² s⁻¹", "e02-rate", 2.8e-10),
  ];
  return ReportResultSchema.parse({
    schemaVersion: 1,
    tool: { name: "lmb", version: "0.0.0-test" },
    generatedAt: "2026-11-23T16:00:00Z",
    title: 'Report <of> "tests"',
    inputs: {
      roots: ["demo/"],
      files: [
        { path: HOSTILE_NAME, bytes: 10, format: "biologic-mpt", group: "a" },
        { path: "rate.mpt", bytes: 20, format: "biologic-mpt", group: "b" },
        { path: "notes.txt", bytes: 3, format: null },
      ],
      config: null,
      options: {},
    },
    experiments: [
      {
        id: "e01-bare",
        title: `Li‖Li ${HOSTILE_NAME}`,
        kind: "symmetric-cycling",
        group: "a",
        files: [HOSTILE_NAME],
        classification: { source: "detected", reasons: ["median |V| = 121 mV <b>"] },
        method: {
          name: "analyzeCycling (symmetric)",
          description: "plateau overpotential per half cycle",
          window: "cycles 1–80",
          parameters: { area: "1.131 cm²", areaSource: "file" },
        },
        headline: e1,
        warnings: [{ code: "W_TEST", message: `about ${HOSTILE_NAME}` }],
        figures: [
          { file: "figures/e01-voltage.svg", caption: "Voltage <vs> time" },
          { file: "figures/e01-overpotential.svg", caption: "Overpotential per cycle" },
        ],
        tables: [
          {
            file: "tables/e01-cycles.csv",
            caption: "Per cycle",
            columns: ["cycle", "η (mV)"],
            rows: 80,
          },
        ],
      },
      {
        id: "e02-rate",
        title: "Rate test",
        kind: "rate-test",
        group: "b",
        files: ["rate.mpt"],
        classification: { source: "config", reasons: [] },
        method: { name: "rateTestKinetics", parameters: {} },
        headline: e2,
        warnings: [],
        figures: [{ file: "figures/e02-rate.svg", caption: "Rate test" }],
        tables: [],
      },
    ],
    summary: [...e1, ...e2],
    skipped: [
      {
        path: `notes ${HOSTILE_NAME}.txt`,
        stage: "read",
        code: "E_FORMAT_UNKNOWN",
        reason: `not an instrument file: ${HOSTILE_NAME}`,
      },
    ],
    warnings: [],
    comparison: {
      groups: [
        { id: "a", label: "bare <Li>", roots: ["bare/"], experimentIds: ["e01-bare"], summary: e1 },
        {
          id: "b",
          label: "coated Li",
          roots: ["coated/"],
          experimentIds: ["e02-rate"],
          summary: e2,
        },
      ],
      rows: [
        {
          key: "overpotential-cycle-10",
          label: "Overpotential, cycle 10",
          unit: "mV",
          a: e1[0],
          b: null,
        },
        { key: "exchange-current-density", label: "j0", unit: "mA cm⁻²", a: null, b: e2[0] },
      ],
    },
  });
}
