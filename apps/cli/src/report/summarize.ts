import type { ReportComparison, ReportExperiment, ReportHeadline } from "@lmb/schemas";

/** Headline keys that go into the summary table (the numbers Li-metal papers compare). */
const SUMMARY_KEYS =
  /^(overpotential-cycle-\d+|cycle-life|failure-mode|nucleation-overpotential|nucleation-mode|exchange-current-density.*|activation-energy.*|diffusion-coefficient.*|conductivity|coulombic-efficiency.*|retention|ccd|interface-asr.*|interface-resistance.*)$/;

/**
 * The summary table of a report: the headline numbers papers compare (overpotential at stated
 * cycles, cycle life and failure mode, nucleation overpotential and mode, j0, E_a, D, σ, CE,
 * retention, CCD, interface ASR), in experiment order, each naming its experiment.
 *
 * @example summaryOf(experiments).map((h) => h.key);
 */
export function summaryOf(experiments: readonly ReportExperiment[]): ReportHeadline[] {
  return experiments.flatMap((e) => e.headline.filter((h) => SUMMARY_KEYS.test(h.key)));
}

/**
 * The comparison block of `--compare`: each group's summary, and one row per headline key with
 * the first value of each group (null when a group has none).
 *
 * @param groups - the two groups' labels, input folders and experiments
 * @example
 * comparisonOf([{ label: "bare", roots: ["bare"], experiments: a }, { label: "coated", roots: ["coated"], experiments: b }]);
 */
export function comparisonOf(
  groups: readonly [
    { label: string; roots: string[]; experiments: ReportExperiment[] },
    { label: string; roots: string[]; experiments: ReportExperiment[] },
  ],
): ReportComparison {
  const [a, b] = groups.map((g) => summaryOf(g.experiments)) as [
    ReportHeadline[],
    ReportHeadline[],
  ];
  const keys: string[] = [];
  for (const h of [...a, ...b]) if (!keys.includes(h.key)) keys.push(h.key);
  return {
    groups: [
      {
        id: "a",
        label: groups[0].label,
        roots: groups[0].roots,
        experimentIds: groups[0].experiments.map((e) => e.id),
        summary: a,
      },
      {
        id: "b",
        label: groups[1].label,
        roots: groups[1].roots,
        experimentIds: groups[1].experiments.map((e) => e.id),
        summary: b,
      },
    ],
    rows: keys.map((key) => {
      const ha = a.find((h) => h.key === key) ?? null;
      const hb = b.find((h) => h.key === key) ?? null;
      const any = (ha ?? hb) as ReportHeadline;
      return { key, label: any.label, unit: any.unit, a: ha, b: hb };
    }),
  };
}
