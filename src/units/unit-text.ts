/**
 * A unit's facts as a reader of one language sees them. Khmer and English readers get the catalogue's
 * translations; where a catalogue has none (a new province's data), the Vietnamese, which is what the
 * signs say, rather than nothing.
 */
import type { Lang } from "../i18n/lang.js";
import type { Unit, UnitText } from "./catalogue.js";

export function unitText(unit: Unit, lang: Lang): UnitText {
  const own: UnitText = { name: unit.name, office: unit.office.name, address: unit.office.address, thursday: unit.thursday };
  if (lang === "vi") return own;
  const translated = unit.translations?.[lang];
  return translated ? { ...translated, thursday: translated.thursday ?? own.thursday } : own;
}

/** The unit's name for a reader of `lang`. */
export const unitName = (unit: Unit, lang: Lang): string => unitText(unit, lang).name;
