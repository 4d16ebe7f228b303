/**
 * What a citizen typed, as the words the classifier and the example bank share: one Unicode form,
 * Khmer cut into words with one spelling per word, Vietnamese folded (no diacritics) with the
 * lexicon's dialect words and chat abbreviations written out, keyboard-off telex or VNI read back,
 * letters held down ("đâuuuu") shortened, filler dropped.
 */
import { fold } from "../text/fold.js";
import { normalizeInput } from "../text/normalize.js";
import { KHMER_RUN, khmerWords, normalizeKhmer } from "./khmer.js";
import { keyboardReadings } from "./keyboard.js";
import type { Lexicon } from "./lexicon.js";

/** Longer text says nothing more about which guide; cut before any work. */
const MAX_CHARS = 300;

export class TextNormalizer {
  readonly #lexicon: Lexicon;
  readonly #phrases: Array<[string, string]>;
  readonly #khmerPhrases: Array<[string, string]>;
  /** Folded words the bank and the guides use: a keyboard-off reading must be one of them. */
  #known: ReadonlySet<string> = new Set();

  constructor(lexicon: Lexicon) {
    this.#lexicon = lexicon;
    this.#phrases = [...lexicon.beforeFold].filter(([k]) => k.includes(" "));
    // Longest first, so a phrase wins over a word inside it.
    this.#khmerPhrases = [...lexicon.khmer].sort(([a], [b]) => b.length - a.length);
  }

  /** Teaches the words a keyboard-off reading may become. */
  learn(words: Iterable<string>): void {
    this.#known = new Set([...this.#known, ...words]);
  }

  /** The meaningful words of a message, in order, each once. */
  words(text: string): string[] {
    const source = normalizeInput(text.slice(0, MAX_CHARS));
    const out: string[] = [];
    let last = 0;
    for (const match of source.matchAll(KHMER_RUN)) {
      this.#latin(source.slice(last, match.index), out);
      this.#khmer(match[0], out);
      last = match.index + match[0].length;
    }
    this.#latin(source.slice(last), out);
    return [...new Set(out)];
  }

  #khmer(run: string, out: string[]) {
    let text = normalizeKhmer(run);
    for (const [from, to] of this.#khmerPhrases) text = text.replaceAll(from, ` ${to} `);
    for (const part of text.split(" ")) {
      for (const word of khmerWords(part)) if (!this.#lexicon.stop.has(word)) out.push(word);
    }
  }

  #latin(text: string, out: string[]) {
    let lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
    for (const [from, to] of this.#phrases) lower = lower.replaceAll(` ${from} `, ` ${to} `);
    const written = lower.replace(/\p{L}+/gu, (w) => this.#lexicon.beforeFold.get(w) ?? w);
    for (const raw of fold(written).split(" ")) {
      if (!raw) continue;
      const word = this.#read(raw.replace(/(\p{L})\1{2,}/gu, "$1"));
      for (const piece of (this.#lexicon.words.get(word) ?? word).split(" ")) {
        if (piece && !this.#lexicon.stop.has(piece)) out.push(piece);
      }
    }
  }

  /** The word itself when known (or a number, or an abbreviation); else its keyboard-off reading. */
  #read(word: string): string {
    if (this.#known.size === 0 || this.#known.has(word) || this.#lexicon.words.has(word)) return word;
    return keyboardReadings(word).find((r) => this.#known.has(r) || this.#lexicon.words.has(r)) ?? word;
  }
}
