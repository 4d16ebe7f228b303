/**
 * Normalises what a person typed before any check reads it: one Unicode form (NFC), and Khmer or
 * full-width digits as ASCII digits, since Khmer phone keyboards type "០៧៩…" for an ID number and
 * every check, validator and search must see the same digits.
 */
const KHMER_ZERO = 0x17e0;
const FULLWIDTH_ZERO = 0xff10;

export function normalizeInput(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u17e0-\u17e9]/g, (d) => String(d.charCodeAt(0) - KHMER_ZERO))
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - FULLWIDTH_ZERO));
}

/**
 * Cuts text to at most `max` user-perceived characters (graphemes), so an emoji or a Khmer
 * cluster is never split: half a surrogate pair is text Telegram and Zalo refuse.
 */
export function cutText(text: string, max: number, ellipsis = "…"): string {
  if (text.length <= max) return text;
  const graphemes = [...segmenter.segment(text)];
  if (graphemes.length <= max) return text;
  return graphemes.slice(0, Math.max(0, max - ellipsis.length)).map((g) => g.segment).join("") + ellipsis;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
