/**
 * From a message to an `Understanding`: the trained classifier (what the bank's messages taught)
 * next to the keyword search (the guides' own titles and keywords), combined on one scale.
 *
 * Each guide's score is the classifier's share plus a bonus for its rank in the keyword search, so a
 * guide both agree on comes first and either alone can still find it. The thresholds below were
 * chosen on cross-validation over the example bank (`npm run cli -- eval --cv`), never on a held-out
 * set: `SURE` where opening a guide directly was right about 19 times in 20.
 */
import type { IntentClassifier, Scored } from "./classifier.js";
import type { TextNormalizer } from "./normalizer.js";
import type { Understanding } from "./understanding.js";

export type KeywordSearch = (text: string) => string[];

export interface Thresholds {
  /** Bonus for the keyword search's first, second and third answer. */
  searchBonus: readonly number[];
  /** A guide scoring this much, this far ahead of the next, is opened directly. */
  sure: number;
  sureMargin: number;
  /** Guides under this are not offered at all. */
  floor: number;
  /** A switch, a person, or off-topic needs the classifier this sure (they take no guide's place lightly). */
  special: number;
  /**
   * Share of the message's words the bank has seen, below which only a sure answer is given: chat
   * about rice prices shares a word or two with some guide by chance, a request about papers rarely
   * has most of its words unknown.
   */
  known: number;
}

export const THRESHOLDS: Thresholds = { searchBonus: [0.6, 0.3, 0.15], sure: 0.95, sureMargin: 0.6, floor: 0.12, special: 0.45, known: 0.5 };

const SWITCHES = { "@language": "language", "@commune": "commune", "@reminders": "reminders" } as const;

export class Understander {
  constructor(
    private readonly normalizer: TextNormalizer,
    private readonly classifier: IntentClassifier,
    private readonly search: KeywordSearch,
    private readonly limits: Thresholds = THRESHOLDS,
  ) {}

  understand(text: string): Understanding {
    const words = this.normalizer.words(text);
    if (words.length === 0) return { kind: "none" };
    const { scored, strength } = this.classifier.scores(words);
    const found = this.search(text);
    const top = scored[0];

    if (top && top.intent.startsWith("@") && top.score >= this.limits.special) {
      if (top.intent === "@ask") return { kind: "ask" };
      if (top.intent === "@offtopic") {
        if (found.length === 0 || top.score >= 0.9) return { kind: "offtopic" };
      } else return { kind: "switch", what: SWITCHES[top.intent as keyof typeof SWITCHES] };
    }

    const guides = rank(scored, Math.min(1, strength), found, this.limits.searchBonus);
    const best = guides[0];
    if (!best || best.score < this.limits.floor) {
      // Words the bank knows, leaning to chat rather than a guide: say what the assistant is for.
      return top?.intent === "@offtopic" ? { kind: "offtopic" } : { kind: "none" };
    }
    const second = guides[1]?.score ?? 0;
    if (best.score >= this.limits.sure && best.score - second >= this.limits.sureMargin) return { kind: "guide", id: best.intent };
    if (this.classifier.known(words) / words.length < this.limits.known) return top?.intent === "@offtopic" ? { kind: "offtopic" } : { kind: "none" };
    const ids = guides.filter((g) => g.score >= Math.max(this.limits.floor, best.score * 0.3)).slice(0, 3).map((g) => g.intent);
    return { kind: "choose", ids };
  }
}

/**
 * Guides only, on one scale: the classifier's share, weighed by how strong its evidence was (a
 * message whose known words point nowhere in particular is not a confident answer), plus the
 * keyword search's rank bonus.
 */
function rank(scored: readonly Scored[], strength: number, found: readonly string[], bonus: readonly number[]): Scored[] {
  const score = new Map<string, number>();
  for (const s of scored) if (!s.intent.startsWith("@")) score.set(s.intent, s.score * strength);
  found.slice(0, bonus.length).forEach((id, i) => score.set(id, (score.get(id) ?? 0) + bonus[i]!));
  return [...score].map(([intent, s]) => ({ intent, score: s })).sort((a, b) => b.score - a.score);
}
