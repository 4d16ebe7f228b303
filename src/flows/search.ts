/**
 * Free-text search over guides: a citizen types "lam giay khai sinh cho con", "quên mật khẩu VNeID"
 * or "ko nhan dc otp" and lands in the right guide. Built on MiniSearch (BM25 ranking, fuzzy and
 * prefix matching) over folded text, so missing diacritics and small typos still match.
 *
 * What this file adds around MiniSearch, all on the query's words before they reach the index:
 * - stop words: the filler of a spoken request ("tôi muốn hỏi cách làm…") is dropped;
 * - abbreviations people type in chats ("mk", "sdt", "cccd", "hkd") and words whose folded form
 *   would collide with another ("đẻ" is not "để", "má" is not "mã") are written out, from the
 *   lexicon the understander uses too (content/nlu/lexicon.yaml);
 * - negation ("không", "ko", "k") is kept as one word, "khong": problems are told that way ("không
 *   nhận được OTP", "vô không được"), but it never counts towards understanding a query;
 * - greetings and thanks ("cảm ơn", "xin chào") are dropped as whole phrases, and a few set
 *   phrases rewritten ("cài đặt" is installing, not land);
 * - Khmer is written without spaces between words and is not folded (its vowel signs are letters'
 *   parts, not accents), so a Khmer query is cut into the words the guides' Khmer titles and
 *   keywords contain (longest match first); what no guide contains stays one unknown word;
 * - an answer must match at least two in five of the query's meaningful words, so text nobody
 *   understands ("hôm nay trời đẹp") finds nothing instead of a random guide, while a long request
 *   that names a paper besides the procedure ("sao y sổ hộ khẩu") still finds it.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import type { FlowCatalogue } from "./catalogue.js";
import type { Translator } from "../i18n/translator.js";
import { languages, type Lang } from "./types.js";
import { fold } from "../text/fold.js";
import type { Lexicon } from "../nlu/lexicon.js";
import { normalizeKhmer } from "../nlu/khmer.js";

interface Doc {
  id: string;
  title: string;
  keywords: string;
}

/** Words that carry no meaning for finding a guide, folded ("tôi muốn làm…", "ko đc", "how do I"). */
const STOP_WORDS = new Set(
  [
    // Vietnamese filler, pronouns and particles. Not here: words that fold to a meaningful one
    // ("tử" → tu, "đỏ" → do, "bản" → ban, "căn" → can, "hộ" → ho, "chủ" → chu, "tài" → tai,
    // "mã" → ma, "nhà" → nha, "tổ" → to)..
    "toi", "tui", "minh", "muon", "lam", "the", "nao", "cho", "giup", "xin", "hoi", "la", "gi", "o", "dau",
    "bac", "em", "anh", "chi", "co", "cua", "va", "de", "thi", "a", "ah", "ak", "oi", "nhe", "nhi", "vay", "voi", "vs",
    "duoc", "dc", "roi", "nua", "bi", "nay", "kia", "hoai",
    "di", "den", "trong", "ngoai", "mot", "nhung", "cac", "nhu", "luc", "khi", "phai", "ra", "len", "xuong",
    "cau", "no", "hay", "hoac", "nhieu", "rat", "lai", "ve", "theo", "bang", "vi", "nen", "neu", "cach", "huong", "dan", "giay",
    // English filler
    "i", "my", "we", "you", "how", "a", "an", "of", "for", "in", "on", "is", "it", "want", "need",
    "what", "please", "help", "get", "with", "and", "or",
  ].map(fold),
);

/**
 * Ways of saying "not" (and "not yet"), kept as the one word `khong` on both sides: the query's
 * sense, not its subject. Checked before the stop words ("no" is also the pronoun "nó").
 */
const NEGATION = "khong";
const NEGATIONS = new Set(["khong", "ko", "k", "kg", "kh", "khg", "hok", "hem", "chang", "chua", "not", "cannot", "cant", "dont", "didnt", "no"]);

/**
 * Whole phrases rewritten in the query (folded): greetings and thanks say nothing about a
 * procedure, nor does "trên điện thoại" (everything here is done on the phone; losing or changing
 * one is said otherwise); "cài đặt" (install) is "cài", not the "đất" of land.
 */
const PHRASES: ReadonlyArray<[string, string]> = [
  ["cam on", ""],
  ["xin chao", ""],
  ["chao bac", ""],
  ["chao em", ""],
  ["thank you", ""],
  ["thanks", ""],
  ["hello", ""],
  ["cai dat", "cai"],
  ["tren dien thoai", ""],
];

/** Khmer filler ("I", "want", "please", "how", "of", "for"), dropped like the Vietnamese stop words. */
const KHMER_STOP_WORDS = new Set(["ខ្ញុំ", "ចង់", "សូម", "យ៉ាងម៉េច", "របស់", "សម្រាប់", "ធ្វើ", "ជួយ"]);

const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;
/** A run of Khmer letters, signs and digits (not its punctuation, which separates words). */
const KHMER_RUN = /[\u1780-\u17d3\u17dc-\u17dd\u17e0-\u17e9\u19e0-\u19ff]+/gu;

/**
 * Words shorter than this are never matched by prefix: Vietnamese syllables are short, and a
 * three-letter prefix drags in unrelated words ("con" → "công", "thu" → "thương").
 * Fuzzy matching needs a longer word still.
 */
const MIN_PREFIX = 4;
const MIN_FUZZY = 5;
/** Share of the query's meaningful words the best answer must match. */
const MIN_COVERAGE = 0.4;
/** Other answers are kept only when nearly as good as the best one. */
const RELATIVE_SCORE = 0.45;

export class GuideSearch {
  readonly #index: MiniSearch<Doc>;
  /** Khmer words known to the index, longest first, to cut a Khmer query into words. */
  readonly #khmerWords: string[];

  readonly #lexicon: Lexicon;

  constructor(flows: FlowCatalogue, texts: Translator, lexicon: Lexicon) {
    this.#lexicon = lexicon;
    const docs: Doc[] = [];
    for (const flow of flows.all()) {
      if (flow.def.id === "onboarding") continue;
      docs.push({
        id: flow.def.id,
        title: languages.map((lang) => texts.t(lang, flow.def.title)).join(" · "),
        keywords: flow.def.keywords.join(" · "),
      });
    }
    const khmer = new Set<string>(KHMER_STOP_WORDS);
    for (const doc of docs) for (const word of words(`${doc.title} ${doc.keywords}`, lexicon.beforeFold)) if (KHMER.test(word)) khmer.add(word);
    this.#khmerWords = [...khmer].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);

    this.#index = new MiniSearch<Doc>({
      fields: ["title", "keywords"],
      storeFields: [],
      tokenize: (text) => words(text, lexicon.beforeFold),
      processTerm: (term) => (NEGATIONS.has(term) ? NEGATION : STOP_WORDS.has(term) || KHMER_STOP_WORDS.has(term) ? null : term),
      searchOptions: {
        boost: { keywords: 2 },
        combineWith: "OR",
        prefix: (term) => term.length >= MIN_PREFIX,
        fuzzy: (term) => (term.length >= MIN_FUZZY ? (term.length >= 8 ? 2 : 1) : false),
        weights: { fuzzy: 0.4, prefix: 0.5 },
      },
    });
    this.#index.addAll(docs);
  }

  /** Up to three flow ids, best first; empty when nothing is close enough. */
  search(text: string, _lang: Lang): string[] {
    const terms = this.queryTerms(text.slice(0, 200));
    if (terms.length === 0) return [];
    const results = this.#index.search(terms.join(" "));
    const best = results[0];
    // Negation sharpens the ranking ("không đăng nhập được" is a problem, not a how-to) but
    // understanding is measured on the other words.
    const meaningful = terms.filter((t) => t !== NEGATION);
    if (!best || coverage(best, meaningful) < MIN_COVERAGE) return [];
    // Keep only answers close to the best one: a long tail of weak matches confuses more than it helps.
    return results
      .filter((r) => r.score >= best.score * RELATIVE_SCORE && coverage(r, meaningful) >= MIN_COVERAGE)
      .slice(0, 3)
      .map((r) => String(r.id));
  }

  /**
   * The query's meaningful words: folded, set phrases rewritten, abbreviations written out, Khmer cut into
   * words, stop words dropped; negation, if any, comes last as `khong`.
   */
  queryTerms(text: string): string[] {
    const out: string[] = [];
    let negated = false;
    let folded = ` ${words(text, this.#lexicon.beforeFold).join(" ")} `;
    for (const [phrase, meaning] of PHRASES) folded = folded.replaceAll(` ${phrase} `, ` ${meaning} `);
    for (const word of folded.split(" ").filter((w) => w.length > 0)) {
      const pieces = KHMER.test(word) ? this.#splitKhmer(word) : (this.#lexicon.words.get(word) ?? word).split(" ");
      for (const piece of pieces) {
        if (NEGATIONS.has(piece)) negated = true;
        else if (!STOP_WORDS.has(piece) && !KHMER_STOP_WORDS.has(piece) && !out.includes(piece)) out.push(piece);
      }
    }
    if (negated && out.length > 0) out.push(NEGATION);
    return out;
  }

  /**
   * Longest-match segmentation of a Khmer run against the index's Khmer words; each stretch of
   * letters no guide contains is kept as one unknown word, so it counts against a weak match.
   */
  #splitKhmer(run: string): string[] {
    const found: string[] = [];
    let unknown = "";
    let i = 0;
    while (i < run.length) {
      const word = this.#khmerWords.find((w) => run.startsWith(w, i));
      if (word) {
        if (unknown) found.push(unknown);
        unknown = "";
        found.push(word);
        i += word.length;
      } else unknown += run[i++];
    }
    if (unknown) found.push(unknown);
    return found;
  }
}

/**
 * Words of a text, the same on the index side and the query side: Vietnamese and Latin text
 * folded after the lexicon's words are written out, Khmer runs kept whole (a zero-width space, Khmer's optional word break, splits them).
 */
function words(text: string, beforeFold: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const latin = (part: string) => {
    const written = part.replace(/\p{L}+/gu, (w) => beforeFold.get(w.toLowerCase()) ?? w);
    for (const w of fold(written).split(" ")) if (w.length > 0) out.push(w);
  };
  // One spelling per Khmer subscript (ប្តូរ / ប្ដូរ look the same), joiners removed.
  const normal = normalizeKhmer(text.replace(/[\u200b\u200c\u200d]/g, " "));
  let last = 0;
  for (const match of normal.matchAll(KHMER_RUN)) {
    latin(normal.slice(last, match.index));
    out.push(match[0]);
    last = match.index + match[0].length;
  }
  latin(normal.slice(last));
  return out;
}

/** Share of the query's meaningful words that this result matched (exactly, by prefix or fuzzily). */
function coverage(result: SearchResult, terms: string[]): number {
  if (terms.length === 0) return 0;
  return result.queryTerms.filter((t, i, all) => t !== NEGATION && all.indexOf(t) === i).length / terms.length;
}
