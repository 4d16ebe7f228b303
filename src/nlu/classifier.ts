/**
 * A small trained classifier over the example bank: @nlpjs/neural (NLP.js's one-layer network, no
 * dependencies, no downloaded weights), fed the normalised words of a message and their pairs.
 * Trained in-process (a few seconds for the bank), its weights cached on disk under a hash of the
 * training data, so an unchanged bank loads in milliseconds (`npx tsx bench/run.ts nlu`).
 *
 * Its raw outputs are not probabilities; `classify` squares and normalises them (as NLP.js does) so
 * the best answer's share reads as a confidence, and the thresholds that act on it are chosen on
 * cross-validation over the bank (see understand.ts), never on the held-out sets.
 */
import { NeuralNetwork, type Features } from "@nlpjs/neural";
import { cacheKey, type ModelCache } from "./model-cache.js";

export interface Scored {
  intent: string;
  score: number;
}

/**
 * The features of a message: its words, each pair of neighbouring words, and pieces of longer
 * words (a Latin word's first letters, a Khmer word's letter pairs), so "married" meets "marriage"
 * and a Khmer compound the segmenter cut differently still shares most of its pieces.
 */
export function features(words: readonly string[]): Features {
  const out: Features = {};
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out[word] = 1;
    if (i > 0) out[`${words[i - 1]} ${word}`] = 1;
    if (KHMER.test(word)) {
      const letters = [...word];
      for (let j = 0; j + 1 < letters.length; j++) out[`~${letters[j]}${letters[j + 1]}`] = 0.5;
    } else if (word.length > PREFIX) out[`${word.slice(0, PREFIX)}…`] = 0.5;
  }
  return out;
}

const KHMER = /[\u1780-\u17ff]/;
/** Bump when the network's settings or the library's weight format change. */
const MODEL_FORMAT = "nlpjs-neural-4/default";
const PREFIX = 4;

export class IntentClassifier {
  readonly #net = new NeuralNetwork({ log: false });
  /** Every feature seen in training: a message with none of them is not understood at all. */
  readonly #vocabulary = new Set<string>();

  constructor(samples: ReadonlyArray<{ words: readonly string[]; intent: string }>, cache?: ModelCache) {
    const corpus = samples
      .filter((s) => s.words.length > 0)
      .map((s) => {
        const input = features(s.words);
        for (const f of Object.keys(input)) this.#vocabulary.add(f);
        return { input, output: { [s.intent]: 1 } };
      });
    const key = cacheKey(MODEL_FORMAT, corpus);
    const saved = cache?.read(key);
    if (saved) this.#net.fromJSON(saved);
    else {
      this.#net.train(corpus);
      cache?.write(key, this.#net.toJSON());
    }
  }

  /** How many of the message's words the classifier has ever seen. */
  known(words: readonly string[]): number {
    return words.filter((w) => this.#vocabulary.has(w)).length;
  }

  /** Intents, best first, with scores that sum to 1 (empty when no known word is present). */
  classify(words: readonly string[]): Scored[] {
    return this.scores(words).scored;
  }

  /**
   * The scores and the evidence behind them: `strength` is the best raw output before
   * normalisation, low when the message's known words point nowhere in particular.
   */
  scores(words: readonly string[]): { scored: Scored[]; strength: number } {
    const input = Object.fromEntries(Object.entries(features(words)).filter(([f]) => this.#vocabulary.has(f)));
    if (Object.keys(input).length === 0) return { scored: [], strength: 0 };
    const raw = this.#net.run(input) ?? {};
    const values = Object.values(raw);
    const total = values.reduce((sum, v) => sum + v * v, 0);
    if (total === 0) return { scored: [], strength: 0 };
    const scored = Object.entries(raw)
      .map(([intent, v]) => ({ intent, score: (v * v) / total }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score);
    return { scored, strength: Math.max(...values) };
  }
}
