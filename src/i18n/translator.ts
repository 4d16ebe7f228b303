/**
 * Texts come from Fluent files (locales/<lang>.ftl). A key missing in Khmer or English falls back
 * to Vietnamese, the reference language, so a half-translated release still speaks to everyone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { languages, type Lang } from "./lang.js";

export type TextArgs = Record<string, string | number>;

/** Thrown at start-up when a locale file has syntax errors. */
export class LocaleError extends Error {
  override name = "LocaleError";
}

export class Translator {
  readonly #bundles: Map<Lang, FluentBundle>;

  constructor(sources: Partial<Record<Lang, string>>) {
    this.#bundles = new Map();
    for (const lang of languages) {
      const source = sources[lang];
      if (source === undefined) continue;
      // useIsolating off: Unicode isolation marks show up as boxes in some chat clients.
      const bundle = new FluentBundle(lang, { useIsolating: false });
      const errors = bundle.addResource(new FluentResource(source));
      if (errors.length > 0) throw new LocaleError(`locales/${lang}.ftl: ${errors[0]!.message}`);
      this.#bundles.set(lang, bundle);
    }
    if (!this.#bundles.has("vi")) throw new LocaleError("locales/vi.ftl: the Vietnamese reference file is required");
  }

  /** Reads locales/vi.ftl, km.ftl and en.ftl from a directory (missing km/en files are allowed). */
  static fromDirectory(dir: string): Translator {
    const sources: Partial<Record<Lang, string>> = {};
    for (const lang of languages) {
      try {
        sources[lang] = readFileSync(join(dir, `${lang}.ftl`), "utf8");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT" || lang === "vi") throw err;
      }
    }
    return new Translator(sources);
  }

  /** True when the key exists in the Vietnamese reference (used to validate flow definitions). */
  has(key: string): boolean {
    return this.#bundles.get("vi")!.hasMessage(key);
  }

  /** Message ids of one language, for completeness checks. */
  keys(lang: Lang): string[] {
    const bundle = this.#bundles.get(lang);
    return bundle ? [...bundle._messages.keys()] : [];
  }

  /** The variables a Vietnamese message uses (`{ $unit }` → "unit"), e.g. to know a step needs a commune. */
  variables(key: string): Set<string> {
    const value = this.#bundles.get("vi")!.getMessage(key)?.value;
    const names = new Set<string>();
    if (!value || typeof value === "string") return names;
    for (const element of value) {
      if (typeof element !== "string" && element.type === "var") names.add(element.name);
    }
    return names;
  }

  t(lang: Lang, key: string, args?: TextArgs): string {
    for (const candidate of lang === "vi" ? ["vi" as const] : [lang, "vi" as const]) {
      const bundle = this.#bundles.get(candidate);
      const message = bundle?.getMessage(key);
      if (bundle && message?.value) {
        // Plain texts (most buttons) are stored as strings: no need to run the formatter.
        if (typeof message.value === "string") return message.value;
        return bundle.formatPattern(message.value, args as Record<string, FluentVariable> | undefined);
      }
    }
    return key;
  }
}
