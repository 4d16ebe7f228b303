/**
 * Plain words for jargon (content/glossary.yaml): the first time a guide's steps use a listed term,
 * in step order, the screen adds the term's explanation, so "mức 2" or "Cổng" is never left
 * unexplained and is not explained again on every step.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { languages, type Lang } from "./lang.js";

const entry = z.strictObject({
  match: z.array(z.string().min(2)).min(1),
  plain: z.string().min(5).max(200),
  avoid: z.array(z.string().min(1)).default([]),
});
/** An idea with one Khmer name, and the other names the Khmer texts must not use for it. */
const concept = z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), vi: z.string(), km: z.string(), en: z.string(), avoid: z.array(z.string().min(1)) });

const schema = z.strictObject({
  concepts: z.array(concept).default([]),
  terms: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), vi: entry, km: entry, en: entry })),
});

export type GlossaryTerm = z.infer<typeof schema>["terms"][number];
export type GlossaryConcept = z.infer<typeof concept>;

/** A step of a guide, as the glossary needs it: its id and its text in a language. */
export interface TextStep {
  id: string;
  text: string;
}

export class Glossary {
  readonly terms: readonly GlossaryTerm[];
  readonly concepts: readonly GlossaryConcept[];
  readonly #patterns: Map<Lang, Array<{ term: GlossaryTerm; re: RegExp }>>;

  constructor(terms: readonly GlossaryTerm[], concepts: readonly GlossaryConcept[] = []) {
    this.terms = terms;
    this.concepts = concepts;
    this.#patterns = new Map(
      languages.map((lang) => [lang, terms.map((term) => ({ term, re: new RegExp(`(?<![\\p{L}\\p{M}])(?:${term[lang].match.map(escape).join("|")})(?![\\p{L}\\p{M}])`, "u") }))]),
    );
  }

  static fromFile(file: string): Glossary {
    const parsed = schema.safeParse(parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    return new Glossary(parsed.data.terms, parsed.data.concepts);
  }

  /** Khmer words the texts must not use, each with the concept whose one term replaces it. */
  khmerToAvoid(): Array<{ concept: string; variant: string }> {
    return [
      ...this.terms.flatMap((t) => t.km.avoid.map((variant) => ({ concept: t.id, variant }))),
      ...this.concepts.flatMap((c) => c.avoid.map((variant) => ({ concept: c.id, variant }))),
    ];
  }

  /** For each step, the explanations of the terms it is the first in the guide to use. */
  firstUses(steps: readonly TextStep[], lang: Lang): Map<string, string[]> {
    const explained = new Set<string>();
    const out = new Map<string, string[]>();
    for (const step of steps) {
      const notes: string[] = [];
      for (const { term, re } of this.#patterns.get(lang)!) {
        // The explanation itself, written into a text, counts as explaining it.
        if (explained.has(term.id) || !re.test(step.text)) continue;
        explained.add(term.id);
        if (!step.text.includes(term[lang].plain)) notes.push(term[lang].plain);
      }
      if (notes.length > 0) out.set(step.id, notes);
    }
    return out;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
