/**
 * Which button a typed answer means, on a screen of choices. Elderly people often type instead of
 * tapping: "2", the words of a button ("cho con tôi"), or a yes/no word ("có", "dạ", "chưa").
 *
 * A typed answer picks a choice only when its meaning is clear: a number in range, a button's own
 * words that fit one button only, or a yes/no word on a screen that asks exactly yes or no. A polite
 * "dạ" on a screen of five options, or words that fit two buttons, pick nothing: the person is asked
 * which button they mean (`ambiguous`), rather than sent down a branch they did not choose.
 */
import { fold } from "../text/fold.js";

export type TypedChoice = { index: number } | { ambiguous: true } | null;

/** First words of a yes or a no: Vietnamese and English folded ("có", "dạ", "vâng" / "không", "chưa"). */
const YES = new Set(["co", "da", "vang", "u", "uh", "um", "ok", "oke", "okay", "duoc", "dong y", "yes", "y", "yeah"]);
const NO = new Set(["khong", "ko", "k", "kg", "hong", "hok", "chua", "thoi", "no", "not", "n"]);
/** Khmer is not folded (its vowel signs are parts of letters): compared as typed. */
const KHMER_YES = new Set(["បាទ", "ចាស", "ព្រម", "បាទចាស"]);
const KHMER_NO = new Set(["ទេ", "មិន", "មិនទាន់", "អត់"]);

type Sense = "yes" | "no" | null;

function senseOf(text: string): Sense {
  const [first = "", second = ""] = fold(text).split(" ");
  if (NO.has(first)) return "no";
  if (YES.has(first) || YES.has(`${first} ${second}`)) return "yes";
  const khmer = /[\u1780-\u17ff]+/.exec(text.normalize("NFC"))?.[0] ?? "";
  // The first Khmer word: a known yes/no word at its start ("ទេ អរគុណ", "បាទ/ចាស …").
  for (const word of KHMER_NO) if (khmer.startsWith(word)) return "no";
  for (const word of KHMER_YES) if (khmer.startsWith(word)) return "yes";
  return null;
}

/** `labels` are the screen's choice labels as shown (emoji and all), in order. */
export function typedChoice(typed: string, labels: readonly string[]): TypedChoice {
  const text = fold(typed);
  if (!text) return null;
  if (/^\d{1,2}$/.test(text)) {
    const index = Number(text) - 1;
    return index >= 0 && index < labels.length ? { index } : null;
  }
  const folded = labels.map((l) => fold(l));
  const exact = folded.indexOf(text);
  if (exact >= 0) return { index: exact };

  const words = text.split(" ");
  const typedSense = words.length <= 3 ? senseOf(typed) : null;
  if (typedSense) {
    // A yes/no word counts only on a yes/no screen: one button starting with a yes, one with a no.
    const senses = labels.map((l) => senseOf(l));
    const yes = senses.indexOf("yes");
    const no = senses.indexOf("no");
    const clear = yes >= 0 && no >= 0 && senses.filter(Boolean).length === 2 && labels.length <= 3;
    if (clear) return { index: typedSense === "yes" ? yes : no };
    if (words.length === 1) return { ambiguous: true };
  }

  // The button's own words: every typed word (two letters or more, or a digit) among one label's words.
  const meaningful = words.filter((w) => w.length >= 2 || /^\d$/.test(w));
  if (meaningful.length === 0) return null;
  const fits = folded.flatMap((label, index) => {
    const own = new Set(label.split(" "));
    return meaningful.every((w) => own.has(w)) ? [index] : [];
  });
  if (fits.length === 1) return { index: fits[0]! };
  if (fits.length > 1) return { ambiguous: true };
  return null;
}
