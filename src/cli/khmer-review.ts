/**
 * The Khmer review sheet written by `content export` (khmer-review.csv): one row per text the
 * assistant shows, with the Vietnamese reference, the Khmer, the English, and two empty columns for
 * a reviewer (a Khmer teacher at a pagoda school, say): a literal back-translation of the Khmer into
 * English or Vietnamese, and their mark ("ok", or the better wording). Read straight from the
 * Fluent sources, so placeholders such as { $unit } show as written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { languages, type Lang } from "../i18n/lang.js";

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

export function renderKhmerReview(localesDir: string): string {
  const texts = Object.fromEntries(languages.map((lang) => [lang, fluentMessages(readFileSync(join(localesDir, `${lang}.ftl`), "utf8"))])) as Record<Lang, Map<string, string>>;
  const header = ["key", "Tiếng Việt", "ខ្មែរ", "English", "back-translation of the Khmer (reviewer)", "mark or better wording (reviewer)"];
  const rows = [...texts.vi.keys()].map((key) => [key, texts.vi.get(key) ?? "", texts.km.get(key) ?? "", texts.en.get(key) ?? "", "", ""]);
  // A byte-order mark so spreadsheet programs open the Khmer and Vietnamese as UTF-8.
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
