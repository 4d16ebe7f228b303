/**
 * Builds the understander from content: the lexicon, the example bank and the guides' keyword
 * search. One process trains (or loads cached weights) once per bank and lexicon, since tests load
 * the content many times; the result is deterministic and the same in every instance.
 */
import { join } from "node:path";
import { IntentClassifier } from "./classifier.js";
import { loadExamples, type Example } from "./examples.js";
import { loadLexicon, type Lexicon } from "./lexicon.js";
import { fileModelCache } from "./model-cache.js";
import { TextNormalizer } from "./normalizer.js";
import { Understander, type KeywordSearch } from "./understand.js";

export interface NluFiles {
  lexiconFile: string;
  examplesDir: string;
  /** Where trained weights are kept between processes (see model-cache.ts); none: train every time. */
  cacheDir?: string;
}

export function nluFiles(root: string): NluFiles {
  return {
    lexiconFile: join(root, "content/nlu/lexicon.yaml"),
    examplesDir: join(root, "content/nlu/examples"),
    cacheDir: join(root, "node_modules/.cache/tro-ly-dich-vu-cong"),
  };
}

export interface TrainedModel {
  normalizer: TextNormalizer;
  classifier: IntentClassifier;
  examples: Example[];
}

const trained = new Map<string, TrainedModel>();
const lexicons = new Map<string, Lexicon>();

/** The lexicon of these files, read once per process (the keyword search and the normaliser share it). */
export function lexiconFor(files: NluFiles): Lexicon {
  let lexicon = lexicons.get(files.lexiconFile);
  if (!lexicon) lexicons.set(files.lexiconFile, (lexicon = loadLexicon(files.lexiconFile)));
  return lexicon;
}

/** A guide's own words (its titles and keywords), taught alongside the bank. */
export interface GuideText {
  intent: string;
  text: string;
}

/**
 * Normaliser and classifier for a bank. `guides` are the guides' own titles and keywords: their words
 * are ones a keyboard-off reading may become, and for a guide the bank has examples of they are
 * examples too. `except` leaves bank examples out (cross-validation).
 */
export function trainModel(files: NluFiles, guides: readonly GuideText[] = [], except?: (e: Example, i: number) => boolean): TrainedModel {
  // The guides' words are part of what is trained: another catalogue (a test's) is another model.
  const key = [files.lexiconFile, files.examplesDir, ...guides.map((g) => `${g.intent}\t${g.text}`)].join("\n");
  const cached = except ? undefined : trained.get(key);
  if (cached) return cached;
  const normalizer = new TextNormalizer(lexiconFor(files));
  const examples = loadExamples(files.examplesDir).filter((e, i) => !except?.(e, i));
  const intents = new Set(examples.map((e) => e.intent));
  const samples = [...examples, ...guides.filter((g) => intents.has(g.intent))].map((e) => ({ intent: e.intent, words: normalizer.words(e.text) }));
  normalizer.learn([...samples.flatMap((s) => s.words), ...guides.flatMap((g) => normalizer.words(g.text))]);
  const cache = files.cacheDir ? fileModelCache(files.cacheDir) : undefined;
  const model = { normalizer, classifier: new IntentClassifier(samples, cache), examples };
  if (!except) trained.set(key, model);
  return model;
}

export function createUnderstander(model: TrainedModel, search: KeywordSearch): Understander {
  return new Understander(model.normalizer, model.classifier, search);
}
