/**
 * Loads and validates all guidance content at start-up: texts (locales/*.ftl), flows
 * (content/flows) and the units catalogue. Anything broken stops start-up with one clear line.
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { FlowCatalogue } from "./catalogue.js";
import { loadFlowCatalogue } from "./loader.js";
import { GuideSearch } from "./search.js";
import { createUnderstander, lexiconFor, nluFiles, trainModel, type GuideText } from "../nlu/load.js";
import type { Understander } from "../nlu/understand.js";
import { Translator } from "../i18n/translator.js";
import { languages } from "../i18n/lang.js";
import { Glossary } from "../i18n/glossary.js";
import { UnitCatalogue } from "../units/catalogue.js";

/** The project root, whether running from src/ with tsx or from a build. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DEFAULT_UNITS_FILE = join(PROJECT_ROOT, "content/units/tra-cu-2025.yaml");

export interface Content {
  texts: Translator;
  flows: FlowCatalogue;
  units: UnitCatalogue;
  search: GuideSearch;
  /** Plain words for jargon (content/glossary.yaml). */
  glossary: Glossary;
  /** Free text → a guide, a close call, a switch, a person, or honestly nothing (src/nlu). */
  understander: Understander;
  /** The guides' titles and keywords in every language, taught to the understander with the bank. */
  guideTexts: GuideText[];
}

export function loadContent(opts: { unitsFile?: string | null; flowsDir?: string; localesDir?: string } = {}): Content {
  const texts = Translator.fromDirectory(opts.localesDir ?? join(PROJECT_ROOT, "locales"));
  const flows = loadFlowCatalogue(opts.flowsDir ?? join(PROJECT_ROOT, "content/flows"), (key) => texts.has(key));
  const units = UnitCatalogue.fromFile(opts.unitsFile ?? DEFAULT_UNITS_FILE);
  return assembleContent(texts, flows, units);
}

/** Content from parts already loaded (tests and the benchmark bring their own catalogue). */
export function assembleContent(texts: Translator, flows: FlowCatalogue, units: UnitCatalogue): Content {
  const files = nluFiles(PROJECT_ROOT);
  const search = new GuideSearch(flows, texts, lexiconFor(files));
  const guideTexts = guideTextsOf(flows, texts);
  const model = trainModel(files, guideTexts);
  const glossary = Glossary.fromFile(join(PROJECT_ROOT, "content/glossary.yaml"));
  return { texts, flows, units, search, guideTexts, glossary, understander: createUnderstander(model, (text) => search.search(text, "vi")) };
}

function guideTextsOf(flows: FlowCatalogue, texts: Translator): GuideText[] {
  return [...flows.all()].flatMap((f) =>
    [...languages.map((lang) => texts.t(lang, f.def.title).replace(/^\P{L}+/u, "")), ...f.def.keywords].map((text) => ({ intent: f.def.id, text })),
  );
}
