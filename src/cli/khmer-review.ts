/**
 * The Khmer review sheet written by `content export` (khmer-review.csv): one row per text the
 * assistant shows, with the Vietnamese reference, the Khmer, the English, and two empty columns for
 * a reviewer (a Khmer teacher at a pagoda school, say): a literal back-translation of the Khmer into
 * English or Vietnamese, and their mark ("ok", or the better wording). Texts with a safety, legal or
 * dignity risk come with the Khmer author's own literal back-translation (content/khmer-back-translations.yaml)
 * for the reviewer to check. Read straight from the Fluent sources, so placeholders such as { $unit }
 * show as written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { languages, type Lang } from "../i18n/lang.js";

const backTranslationsSchema = z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.string().min(1));

/** The author's literal back-translations, by message id; every id must exist in the Khmer file. */
export function readBackTranslations(path: string, khmer: Map<string, string>): Map<string, string> {
  const parsed = backTranslationsSchema.parse(parseYaml(readFileSync(path, "utf8")));
  const unknown = Object.keys(parsed).filter((key) => !khmer.has(key));
  if (unknown.length) throw new Error(`${path}: no such Khmer text: ${unknown.join(", ")}`);
  return new Map(Object.entries(parsed));
}

/** Message ids and their source text (continuation lines joined with a newline), in file order. */
export function fluentMessages(source: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | null = null;
  for (const line of source.split("\n")) {
    const start = /^([a-z][a-z0-9-]*) =\s?(.*)$/.exec(line);
    if (start) {
      key = start[1]!;
      out.set(key, start[2]!);
    } else if (key && /^\s+\S/.test(line)) {
      out.set(key, `${out.get(key)}${out.get(key) ? "\n" : ""}${line.trim()}`);
    } else key = null;
  }
  return out;
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function renderKhmerReview(localesDir: string, backTranslationsFile: string): string {
  const texts = Object.fromEntries(languages.map((lang) => [lang, fluentMessages(readFileSync(join(localesDir, `${lang}.ftl`), "utf8"))])) as Record<Lang, Map<string, string>>;
  const back = readBackTranslations(backTranslationsFile, texts.km);
  const header = ["key", "Tiếng Việt", "ខ្មែរ", "English", "literal back-translation of the Khmer (reviewer; [author] = the Khmer author's own)", "mark or better wording (reviewer)"];
  const rows = [...texts.vi.keys()].map((key) => {
    const literal = back.get(key);
    return [key, texts.vi.get(key) ?? "", texts.km.get(key) ?? "", texts.en.get(key) ?? "", literal ? `[author] ${literal}` : "", ""];
  });
  // A byte-order mark so spreadsheet programs open the Khmer and Vietnamese as UTF-8.
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
