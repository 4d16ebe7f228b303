/**
 * Vietnamese typed with the Vietnamese keyboard switched off: telex ("tra cuwus hoof sow" for "tra
 * cứu hồ sơ") or VNI ("cu71u ho62 so7"). Elderly users often do not notice the keyboard is off, so
 * the marks arrive as letters or digits. What matters for matching is the folded word ("cuu ho so"),
 * so these readings drop the marks rather than rebuild the diacritics.
 */

const TONE = "sfrxj";
const VOWEL = "aeiouy";

/**
 * Folded words a keyboard-off word may stand for, most likely first. Over-generates on purpose: the
 * caller keeps a reading only when it is a known word, so "vneid" or "online" are never misread.
 */
export function keyboardReadings(word: string): string[] {
  if (!/^[a-z0-9]+$/.test(word) || word.length < 2) return [];
  const readings = new Set<string>();
  // VNI: digits 1–9 after letters are marks ("cu71u", "d9i").
  if (/[a-z]/.test(word) && /[a-z][1-9]/.test(word)) readings.add(word.replace(/[1-9]/g, ""));
  if (/[0-9]/.test(word)) return [...readings];
  // Telex: doubled letters and "w" are vowel marks; "dd" is "đ".
  const marked = word
    .replace(/([aou])([^aeiouy]*)w$/, "$1$2") // a mark typed after the final consonant ("sonw")
    .replace(/dd/g, "d")
    .replace(/aa|aw/g, "a")
    .replace(/ee/g, "e")
    .replace(/oo|ow/g, "o")
    .replace(/uw/g, "u")
    .replace(/w/g, "u")
    .replace(/([aeo])([^aeiouy]+)\1$/, "$1$2"); // circumflex typed after the final consonant ("quene")
  for (const base of new Set([word, marked])) {
    readings.add(base);
    // A tone letter at the end ("hoof"), or before the final consonant ("tieesng").
    if (base.length > 2 && TONE.includes(base.at(-1)!) && VOWEL.includes(base.at(-2)!)) readings.add(base.slice(0, -1));
    if (base.length > 2 && TONE.includes(base.at(-1)!)) readings.add(base.slice(0, -1));
    readings.add(base.replace(/([aeiouy])[sfrxj](ng|nh|ch|c|m|n|p|t)$/, "$1$2"));
  }
  readings.delete(word);
  return [...readings];
}
