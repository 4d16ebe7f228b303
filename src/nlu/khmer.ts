/**
 * Khmer text before matching. Khmer is written without spaces between words; `Intl.Segmenter`
 * (ICU's Khmer dictionary) cuts it into words. Two typings of the same subscript look identical on
 * screen (coeng + ដ and coeng + ត, as in ប្តូរ / ប្ដូរ), so one is written as the other.
 */
const COENG_DA = /\u17d2\u178a/g;
const COENG_TA = "\u17d2\u178f";
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

export const KHMER_LETTER = /[\u1780-\u17ff\u19e0-\u19ff]/;
/** A run of Khmer text (letters, signs, digits; its own punctuation and spaces separate runs). */
export const KHMER_RUN = /[\u1780-\u17d3\u17dc-\u17dd\u17e0-\u17e9\u19e0-\u19ff\u200b-\u200d]+/gu;

const segmenter = new Intl.Segmenter("km", { granularity: "word" });

/** One spelling for what looks the same: subscript variants unified, invisible joiners removed. */
export function normalizeKhmer(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(COENG_DA, COENG_TA);
}

/** The words of a Khmer run, in order. */
export function khmerWords(run: string): string[] {
  const out: string[] = [];
  for (const part of segmenter.segment(run)) if (part.isWordLike) out.push(part.segment);
  return out;
}
