import { LmbError } from "@lmb/errors";
import { finiteDifferenceJacobian } from "./finite-difference.js";
import type { ParameterLayout } from "./parameters.js";
import type { FiniteDifferenceMethod, ResidualProblem } from "./types.js";

function firstNonFinite(v: Float64Array): number {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i] as number)) return i;
  return -1;
}

/**
 * Returns a function that writes the Jacobian ∂r_i/∂p_j over the free parameters (row-major
 * n × m) at x — from the problem's analytic Jacobian (free columns picked out of n × P) or, without
 * one, by {@link finiteDifferenceJacobian} — and returns the residual evaluations it used.
 *
 * @throws LmbError `E_MODEL_NON_FINITE` when the analytic Jacobian has a non-finite entry
 * @example
 * const evaluate = createJacobianEvaluator(problem, layout, "central");
 * evaluate(x, r, jac);
 */
export function createJacobianEvaluator(
  problem: ResidualProblem,
  layout: ParameterLayout,
  method: FiniteDifferenceMethod,
): (x: Float64Array, r: Float64Array, jac: Float64Array) => number {
  const n = problem.residualCount;
  const { free } = layout;
  const m = free.length;
  const P = layout.initial.length;
  const analytic = problem.jacobian;
  if (analytic) {
    const full = m === P ? undefined : new Float64Array(n * P);
    return (x, _r, jac) => {
      if (full === undefined) {
        analytic(x, jac);
      } else {
        analytic(x, full);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < m; j++) jac[i * m + j] = full[i * P + (free[j] as number)] as number;
        }
      }
      const bad = firstNonFinite(jac);
      if (bad >= 0) {
        const row = Math.floor(bad / m);
        const col = free[bad % m] as number;
        throw new LmbError(
          "E_MODEL_NON_FINITE",
          `the analytic Jacobian is ${jac[bad]} at residual ${row}, parameter "${layout.names[col]}"`,
          {
            fix: "check the Jacobian formula and the model's domain at these parameter values",
            details: { residual: row, parameter: layout.names[col], values: Array.from(x) },
          },
        );
      }
      return 0;
    };
  }
  const setup = {
    residuals: problem.residuals,
    residualCount: n,
    free,
    lower: layout.lower,
    upper: layout.upper,
    initial: layout.initial,
    steps: layout.steps,
    method,
    names: layout.names,
    plus: new Float64Array(n),
    minus: new Float64Array(n),
  };
  return (x, r, jac) => finiteDifferenceJacobian(setup, x, r, jac);
}
