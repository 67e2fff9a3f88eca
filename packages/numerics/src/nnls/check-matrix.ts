import { LmbError } from "@lmb/errors";

/**
 * Checks a dense column-major rows×columns matrix: positive integer sizes, the right length and
 * finite entries.
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for bad sizes, `E_LENGTH_MISMATCH` for a wrong length,
 *   `E_NON_FINITE_DATA` naming the first NaN/±∞ entry by row and column
 * @example checkDenseMatrix(Float64Array.of(1, 2, 3, 4), 2, 2, "a");
 */
export function checkDenseMatrix(
  values: ArrayLike<number>,
  rows: number,
  columns: number,
  name: string,
): void {
  if (!(Number.isInteger(rows) && rows > 0 && Number.isInteger(columns) && columns > 0)) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `${name} must have a positive integer number of rows and columns (got ${rows}×${columns})`,
      { fix: "pass rows and columns as positive integers" },
    );
  }
  if (values?.length !== rows * columns) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `${name} has ${values?.length} entries but ${rows}×${columns} = ${rows * columns} are needed`,
      { fix: `store ${name} column by column (column-major), entry (i, j) at index i + j·rows` },
    );
  }
  checkFinite(values, name, rows);
}

/**
 * Checks a vector: the expected length and finite entries.
 *
 * @throws LmbError `E_LENGTH_MISMATCH`, `E_NON_FINITE_DATA`
 * @example checkVector([1, 2], 2, "b");
 */
export function checkVector(values: ArrayLike<number>, length: number, name: string): void {
  if (values?.length !== length) {
    throw new LmbError(
      "E_LENGTH_MISMATCH",
      `${name} has ${values?.length} values but ${length} are needed`,
      { fix: `pass one value of ${name} per row of the matrix` },
    );
  }
  checkFinite(values, name);
}

function checkFinite(values: ArrayLike<number>, name: string, rows?: number): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      const where =
        rows === undefined ? `${name}[${i}]` : `${name}(${i % rows}, ${Math.floor(i / rows)})`;
      throw new LmbError("E_NON_FINITE_DATA", `${where} is ${v}`, {
        location: { source: where },
        fix: "remove or repair non-finite entries before solving",
        details: { index: i, value: v, array: name },
      });
    }
  }
}
