// Cross-check on pyDRTtools' own example spectra (LIB_data*.txt, /work/shared/data/eis/pyDRTtools).
// Neither research/eis.md nor SOURCES.md records pyDRTtools' output for them, and pyDRTtools
// (cvxopt, PyQt5) is not installed here. The reference numbers therefore come from a numpy/scipy
// replication of pyDRTtools' `simple_run` defaults, run locally for this test and not committed:
// A′/A″ by scipy.integrate.quad of `g_i`/`g_ii` (Gaussian RBF, FWHM coefficient 0.5, τ = 1/f),
// M from `inner_prod_rbf_1`, columns [L, R∞, x], GCV as in `compute_GCV`, SLSQP from ln 1e-3 on
// [ln 1e-7, ln 1] as in `optimal_lambda`, and the non-negative QP solved by
// scipy.optimize.lsq_linear on [A; √λ·chol(M)ᵀ] (tol 1e-14).
// Findings of that replication: SLSQP returns λ = 1e-3 unchanged (the GCV curve is flat there),
// while a GCV grid search finds its minimum at the 1e-7 bound for both files.
import { describe, expect, it } from "vitest";
import { pyDrtToolsData } from "../kk/referenceSpectra.fixture.js";
import { drt } from "./drt.js";

const REFERENCE = {
  "LIB_data.txt": {
    seriesResistance: 0.11287873246586765,
    inductance: 5.859510945463259e-7,
    polarizationResistance: 0.06594554633536831,
    residualSumOfSquares: 3.491762649048659e-6,
    peakTau: [
      0.0010169257972586975, 0.008798601855948471, 0.15004836768754662, 1.7980775408866176,
      84.85273354336412,
    ],
    peakGamma: [
      0.011294830750369758, 0.003575641319928802, 0.012255768661157613, 0.0011913433285162818,
      0.01935456881253604,
    ],
  },
  "LIB_data_2.txt": {
    seriesResistance: 0.11008365968453064,
    inductance: 6.261568514913884e-7,
    polarizationResistance: 0.07277297091162685,
    residualSumOfSquares: 3.933499207786971e-6,
    peakTau: [
      0.001025346593461031, 0.008047594458727741, 0.09432271225198316, 2.7537137829658334,
      46.88275526178659,
    ],
    peakGamma: [
      0.011332501388534448, 0.003752453935290608, 0.008014274720810503, 0.0027793891068988155,
      0.03484723117019783,
    ],
  },
} as const;

describe("drt — pyDRTtools example spectra at λ = 1e-3 (replication of simple_run)", () => {
  it.each(Object.entries(REFERENCE))("%s", (file, ref) => {
    const result = drt(pyDrtToolsData(file as keyof typeof REFERENCE), {
      lambda: 1e-3,
      minPeakProminence: 0.02,
    });
    // Our RBF centres are exactly log-uniform; pyDRTtools' are the measured 1/f (spacing varies
    // ±2 %), hence agreement to ~1e-5 rather than machine precision.
    expect(result.seriesResistance).toBeAllClose(ref.seriesResistance, { rtol: 1e-5 });
    expect(result.inductance).toBeAllClose(ref.inductance, { rtol: 1e-4 });
    expect(result.polarizationResistance).toBeAllClose(ref.polarizationResistance, { rtol: 1e-4 });
    expect(result.statistics.residualSumOfSquares).toBeAllClose(ref.residualSumOfSquares, {
      rtol: 1e-3,
    });
    // Peaks: the replication picks grid maxima (step 0.0136 in ln τ); we interpolate.
    expect(result.peaks).toHaveLength(5);
    result.peaks.forEach((peak, k) => {
      expect(Math.abs(Math.log(peak.tau / ref.peakTau[k]!))).toBeLessThan(0.015);
      expect(peak.gamma).toBeAllClose(ref.peakGamma[k]!, { rtol: 0.005 });
    });
    expect(result.statistics.rmsResidualPercent).toBeLessThan(0.15);
  });

  it("GCV and mGCV put λ at the 1e-7 bound on LIB_data.txt (as the replication's grid search) and warn", () => {
    for (const lambdaSelection of ["gcv", "mgcv"] as const) {
      const result = drt(pyDrtToolsData("LIB_data.txt"), { lambdaSelection, plots: false });
      expect(result.regularization.lambda).toBeAllClose(1e-7, { rtol: 1e-6 });
      expect(result.warnings.map((w) => w.code)).toContain("W_LAMBDA_AT_BOUND");
    }
  });
});
