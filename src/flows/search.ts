/**
 * Free-text search over guides: a citizen types "lam giay khai sinh cho con" or "quên mật khẩu
 * VNeID" and lands in the right guide. Built on MiniSearch (fuzzy and prefix matching) over folded
 * text, so missing diacritics and small typos still match.
 */
import MiniSearch from "minisearch";
import type { FlowCatalogue } from "./catalogue.js";
import type { Translator } from "../i18n/translator.js";
import { languages, type Lang } from "./types.js";
import { fold } from "../text/fold.js";

interface Doc {
  id: string;
  title: string;
  keywords: string;
}

/** Words that carry no meaning for finding a guide ("tôi muốn làm…"). */
const STOP_WORDS = new Set(["toi", "muon", "lam", "sao", "the", "nao", "cho", "can", "giup", "xin", "hoi", "la", "gi", "o", "dau", "bac", "em", "anh", "chi", "minh", "cua", "va", "de", "thi", "ma", "a", "oi", "nhe", "duoc", "khong", "co", "i", "how", "to", "my", "the", "a", "an"]);

export class GuideSearch {
  readonly #index: MiniSearch<Doc>;

  constructor(flows: FlowCatalogue, texts: Translator) {
    this.#index = new MiniSearch<Doc>({
      fields: ["title", "keywords"],
      storeFields: [],
      processTerm: (term) => {
        const folded = fold(term);
        return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
      },
      searchOptions: { boost: { keywords: 2 }, fuzzy: 0.25, prefix: true, combineWith: "OR" },
    });
    const docs: Doc[] = [];
    for (const flow of flows.all()) {
      if (flow.def.id === "onboarding") continue;
      docs.push({
        id: flow.def.id,
        title: languages.map((lang) => texts.t(lang, flow.def.title)).join(" "),
        keywords: flow.def.keywords.join(" · "),
      });
    }
    this.#index.addAll(docs);
  }

  /** Up to three flow ids, best first; empty when nothing is close enough. */
  search(text: string, _lang: Lang): string[] {
    const results = this.#index.search(text.slice(0, 200));
    if (results.length === 0) return [];
    const best = results[0]!.score;
    // Keep only answers close to the best one: a long tail of weak matches confuses more than it helps.
    return results.filter((r) => r.score >= best * 0.4).slice(0, 3).map((r) => String(r.id));
  }
}
