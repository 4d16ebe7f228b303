/**
 * The example bank (content/nlu/examples/*.yaml): for each guide, and for the menu's switches
 * ("@language", "@commune", "@reminders"), asking a person ("@ask") and off-topic chat
 * ("@offtopic"), messages a citizen might send, in Vietnamese, Khmer and English. The classifier is
 * trained on it; the held-out sets (content/nlu/heldout-*.tsv) never are.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { languages, type Lang } from "../i18n/lang.js";

export interface Example {
  intent: string;
  lang: Lang;
  text: string;
}

const messages = z.array(z.string().min(1).max(300)).default([]);
const schema = z.strictObject({ intent: z.string().regex(/^@?[a-z][a-z0-9-]*$/), vi: messages, km: messages, en: messages });

export function loadExamples(dir: string): Example[] {
  const out: Example[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    const parsed = schema.safeParse(parse(readFileSync(join(dir, name), "utf8")));
    if (!parsed.success) throw new Error(`${join(dir, name)}: ${z.prettifyError(parsed.error)}`);
    for (const lang of languages) for (const text of parsed.data[lang]) out.push({ intent: parsed.data.intent, lang, text });
  }
  return out;
}
