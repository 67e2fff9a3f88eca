import type { ByteReader } from "../binary/ByteReader.js";
import type { BiologicSettings } from "./biologicRaw.js";
import type { MprModule } from "./mprModules.js";
import { MPR_TECHNIQUES } from "./techniques.js";

// EC-Lab writes 0.001 (cm², mg or g) when the user left a field unset.
const PLACEHOLDER = Math.fround(0.001);

function pascal(reader: ByteReader, module: MprModule, at: number): string | undefined {
  if (at >= module.length) return undefined;
  const length = reader.u8(module.bodyOffset + at);
  if (length === 0 || at + 1 + length > module.length) return undefined;
  const text = reader
    .ascii(module.bodyOffset + at + 1, length)
    .replace(/\0+$/, "")
    .trim();
  return text === "" ? undefined : text;
}

function float(reader: ByteReader, module: MprModule, at: number): number | undefined {
  if (at + 4 > module.length) return undefined;
  const value = reader.f32(module.bodyOffset + at);
  return Number.isFinite(value) ? value : undefined;
}

function isSet(value: number | undefined): value is number {
  return value !== undefined && value > 0 && value < 1e9 && value !== PLACEHOLDER;
}

/**
 * Reads the `VMP Set` module: technique byte @0; Pascal strings (u8 length) comments @0x07,
 * electrode material @0x11E, electrolyte @0x1C0, reference electrode @0x215; f32 electrode area
 * (cm²) @0x211, characteristic mass (mg) @0x24C, active material mass (mg) @0x107, battery
 * capacity @0x25C with a unit code byte @0x260 (offsets: yadg `settings_dtypes`, research
 * notes §2.1; checked on the fixtures). EC-Lab's unset placeholder 0.001 is treated as absent.
 *
 * @example
 * readMprSettings(reader, module).technique; // "GCPL"
 */
export function readMprSettings(reader: ByteReader, module: MprModule): BiologicSettings {
  const notes: BiologicSettings["notes"] = {};
  const settings: BiologicSettings = { notes };
  if (module.length < 1) return settings;
  const code = reader.u8(module.bodyOffset);
  settings.techniqueCode = code;
  const technique = MPR_TECHNIQUES.get(code);
  if (technique !== undefined) settings.technique = technique;
  else notes.techniqueCode = code;
  const comments = pascal(reader, module, 0x07);
  if (comments !== undefined) settings.comments = comments;
  const material = pascal(reader, module, 0x11e);
  if (material !== undefined) settings.electrodeMaterial = material;
  const electrolyte = pascal(reader, module, 0x1c0);
  if (electrolyte !== undefined) settings.electrolyte = electrolyte;
  const reference = pascal(reader, module, 0x215);
  if (reference !== undefined) settings.referenceElectrode = reference;
  const area = float(reader, module, 0x211);
  if (isSet(area)) settings.area = area * 1e-4; // cm² → m²
  const characteristicMass = float(reader, module, 0x24c);
  if (isSet(characteristicMass)) settings.activeMass = characteristicMass * 1e-6; // mg → kg
  const materialMass = float(reader, module, 0x107);
  if (isSet(materialMass)) notes.activeMaterialMassSetting = materialMass;
  const capacity = float(reader, module, 0x25c);
  if (isSet(capacity) && 0x260 < module.length) {
    notes.batteryCapacity = capacity;
    notes.batteryCapacityUnitCode = reader.u8(module.bodyOffset + 0x260);
  }
  return settings;
}
