import type { FormatReader } from "../formats/FormatReader.js";
import { buildBiologicDataset } from "./buildBiologicDataset.js";
import { decodeMpr } from "./decodeMpr.js";
import { hasMprMagic } from "./mprModules.js";

/**
 * Reader for BioLogic EC-Lab/BT-Lab binary `.mpr` files (data module versions 0, 2, 3 and the
 * EC-Lab ≥ 11.50 layout). Returns cycling data for battery techniques (GCPL, MB, OCV, CP, …), an
 * impedance spectrum for PEIS/GEIS (or any file with `kind: "impedance"`: rows with freq > 0),
 * a voltammogram for CV/CVA/LSV and a current transient for CA. Current is returned positive =
 * oxidation at the working electrode, as BioLogic writes it. See {@link decodeMpr} for the layout
 * and {@link buildBiologicDataset} for the column mapping.
 *
 * @example
 * const data = biologicMprReader.read(bytes, { fileName: "run.mpr" });
 * data.kind; // "cycling"
 */
export const biologicMprReader: FormatReader = {
  id: "biologic-mpr",
  title: "BioLogic EC-Lab/BT-Lab binary (.mpr)",
  extensions: [".mpr"],
  kinds: ["cycling", "impedance", "voltammogram", "transient"],
  sniff(bytes, fileName) {
    if (hasMprMagic(bytes)) return 1;
    return fileName?.toLowerCase().endsWith(".mpr") ? 0.2 : 0;
  },
  read(bytes, options) {
    return buildBiologicDataset(decodeMpr(bytes, options.fileName), options);
  },
};
