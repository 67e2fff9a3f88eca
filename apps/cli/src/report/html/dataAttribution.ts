/**
 * Where a bundled data file comes from, for the report's footer: the file, what it is, its
 * source (repository and commit, or a URL), its licence and the copyright holder.
 *
 * @example
 * const a: DataAttribution = { file: "jdb11-4.mpr", description: "GCPL of a cathode half cell", source: "https://github.com/cheminfo/biologic-converter", licence: "MIT", copyright: "cheminfo" };
 */
export interface DataAttribution {
  /** File name as listed in the report's inputs. */
  file: string;
  /** What the file is. */
  description: string;
  /** Repository (with commit) or URL it was copied from; `"simulated"` for generated data. */
  source: string;
  /** SPDX licence identifier, e.g. `"MIT"`, `"BSD-3-Clause"`. */
  licence: string;
  /** Copyright holder as the licence names it. */
  copyright?: string;
}
