/**
 * The lexicon (content/nlu/lexicon.yaml): how citizens write, mapped to the words the guides use.
 * Data, not code, so it is reviewed like content; validated once at load.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

const words = z.record(z.string().min(1), z.string());

const schema = z.strictObject({
  before_fold: words,
  words,
  khmer: words,
  stop: z.array(z.string().min(1)),
});

export interface Lexicon {
  /** Whole words or phrases (lower case, with diacritics) written out before folding. */
  beforeFold: ReadonlyMap<string, string>;
  /** Folded words written out (abbreviations, dialect); may expand to several words or none. */
  words: ReadonlyMap<string, string>;
  /** Khmer words or phrases written out (variants → the guides' words). */
  khmer: ReadonlyMap<string, string>;
  stop: ReadonlySet<string>;
}

export function loadLexicon(file: string): Lexicon {
  const parsed = schema.safeParse(parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const { before_fold, words, khmer, stop } = parsed.data;
  return {
    beforeFold: new Map(Object.entries(before_fold).map(([k, v]) => [k.normalize("NFC").toLowerCase(), v])),
    words: new Map(Object.entries(words)),
    khmer: new Map(Object.entries(khmer).map(([k, v]) => [k.normalize("NFC"), v.normalize("NFC")])),
    stop: new Set(stop.map((w) => w.normalize("NFC"))),
  };
}
