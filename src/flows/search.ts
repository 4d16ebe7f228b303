/**
 * Free-text search over guides: a citizen types "lam giay khai sinh cho con", "quên mật khẩu VNeID"
 * or "ko nhan dc otp" and lands in the right guide. Built on MiniSearch (BM25 ranking, fuzzy and
 * prefix matching) over folded text, so missing diacritics and small typos still match.
 *
 * What this file adds around MiniSearch, all on the query's words before they reach the index:
 * - stop words: the filler of a spoken request ("tôi muốn hỏi cách làm…") is dropped;
 * - abbreviations people type in chats ("mk", "sdt", "cccd", "hkd") are written out;
 * - Khmer is written without spaces between words, so a Khmer query is cut into the words the
 *   guides' Khmer titles and keywords contain (longest match first);
 * - an answer must match at least half of the query's meaningful words, so text nobody
 *   understands ("hôm nay trời đẹp") finds nothing instead of a random guide.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import type { FlowCatalogue } from "./catalogue.js";
import type { Translator } from "../i18n/translator.js";
import { languages, type Lang } from "./types.js";
import { fold } from "../text/fold.js";

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
    "toi", "tui", "minh", "muon", "lam", "the", "nao", "cho", "giup", "gium", "xin", "hoi", "la", "gi", "o", "dau",
    "bac", "em", "anh", "chi", "co", "cua", "va", "de", "thi", "a", "ah", "ak", "oi", "nhe", "nhi", "vay", "voi", "vs",
    "duoc", "dc", "khong", "ko", "k", "kg", "kh", "khg", "hok", "hem", "chua", "roi", "nua", "bi", "cai", "nay", "kia",
    "di", "den", "trong", "ngoai", "mot", "nhung", "cac", "nhu", "luc", "khi", "phai", "ra", "vao", "len", "xuong",
    "cau", "no", "hay", "hoac", "nhieu", "rat", "lai", "ve", "theo", "bang", "vi", "nen", "neu", "cach", "huong", "dan", "giay",
    // English filler
    "i", "my", "we", "you", "how", "a", "an", "of", "for", "in", "on", "is", "it", "want", "need",
    "what", "please", "help", "get", "with", "and", "or", "not",
  ].map(fold),
);

/**
 * Chat abbreviations and variants, written out (folded, whole words only). The written-out words
 * then match the guides' keywords like any other words.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["mk", "mat khau"],
  ["pass", "mat khau"],
  ["password", "mat khau password"],
  ["pw", "mat khau"],
  ["sdt", "so dien thoai"],
  ["sđt", "so dien thoai"],
  ["dt", "dien thoai"],
  ["dthoai", "dien thoai"],
  ["tk", "tai khoan"],
  ["cccd", "can cuoc"],
  ["cmnd", "can cuoc"],
  ["cmt", "can cuoc"],
  ["gks", "giay khai sinh"],
  ["dkkh", "dang ky ket hon"],
  ["dkks", "dang ky khai sinh"],
  ["hkd", "ho kinh doanh"],
  ["bhxh", "bao hiem xa hoi"],
  ["bhyt", "bao hiem y te"],
  ["tctn", "tro cap that nghiep"],
  ["gcn", "giay chung nhan"],
  ["qsdd", "quyen su dung dat"],
  ["vnid", "vneid"],
  ["vneid", "vneid"],
  ["dvc", "dich vu cong"],
  ["otp", "otp"],
]);

const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;

/** Words shorter than this are never matched by prefix; fuzzy matching needs a longer word still. */
const MIN_PREFIX = 3;
const MIN_FUZZY = 5;
/** Share of the query's meaningful words the best answer must match. */
const MIN_COVERAGE = 0.5;
/** Other answers are kept only when nearly as good as the best one. */
const RELATIVE_SCORE = 0.45;

export class GuideSearch {
  readonly #index: MiniSearch<Doc>;
  /** Khmer words known to the index, longest first, to cut a Khmer query into words. */
  readonly #khmerWords: string[];

  constructor(flows: FlowCatalogue, texts: Translator) {
    const docs: Doc[] = [];
    for (const flow of flows.all()) {
      if (flow.def.id === "onboarding") continue;
      docs.push({
        id: flow.def.id,
        title: languages.map((lang) => texts.t(lang, flow.def.title)).join(" · "),
        keywords: flow.def.keywords.join(" · "),
      });
    }
    const khmer = new Set<string>();
    for (const doc of docs) for (const word of words(`${doc.title} ${doc.keywords}`)) if (KHMER.test(word)) khmer.add(word);
    this.#khmerWords = [...khmer].sort((a, b) => b.length - a.length);

    this.#index = new MiniSearch<Doc>({
      fields: ["title", "keywords"],
      storeFields: [],
      tokenize: (text) => words(text),
      processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
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
    if (!best || coverage(best, terms) < MIN_COVERAGE) return [];
    // Keep only answers close to the best one: a long tail of weak matches confuses more than it helps.
    return results
      .filter((r) => r.score >= best.score * RELATIVE_SCORE && coverage(r, terms) >= MIN_COVERAGE)
      .slice(0, 3)
      .map((r) => String(r.id));
  }

  /** The query's meaningful words: folded, abbreviations written out, Khmer cut into words, stop words dropped. */
  queryTerms(text: string): string[] {
    const out: string[] = [];
    for (const word of words(text)) {
      const pieces = KHMER.test(word) ? this.#splitKhmer(word) : (ABBREVIATIONS.get(word) ?? word).split(" ");
      for (const piece of pieces) if (!STOP_WORDS.has(piece) && !out.includes(piece)) out.push(piece);
    }
    return out;
  }

  /** Longest-match segmentation of a Khmer run against the index's Khmer words; unknown letters are skipped. */
  #splitKhmer(run: string): string[] {
    const found: string[] = [];
    let i = 0;
    while (i < run.length) {
      const word = this.#khmerWords.find((w) => run.startsWith(w, i));
      if (word) {
        found.push(word);
        i += word.length;
      } else i++;
    }
    return found.length > 0 ? found : [run];
  }
}

/** Folded words of a text (the same on the index side and the query side). */
function words(text: string): string[] {
  return fold(text)
    .split(" ")
    .filter((w) => w.length > 0);
}

/** Share of the query's words that this result matched (exactly, by prefix or fuzzily). */
function coverage(result: SearchResult, terms: string[]): number {
  return new Set(result.queryTerms).size / terms.length;
}
