/**
 * What the engine needs from the outside world, passed in so the engine stays a pure function:
 * the definitions, the texts, the units, a clock and an id source (both fixed in tests).
 */
import type { FlowCatalogue } from "./catalogue.js";
import type { Translator } from "../i18n/translator.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import type { Lang } from "./types.js";
import type { Understanding } from "../nlu/understanding.js";
import type { Glossary } from "../i18n/glossary.js";

export interface EngineContext {
  flows: FlowCatalogue;
  texts: Translator;
  units: UnitCatalogue;
  now(): number;
  newSessionId(): string;
  /** Plain words for jargon, added the first time a guide uses a term; none: no explanations. */
  glossary?: Glossary;
  /** What free text asks for: a guide, a close call, a switch, a person, or honestly nothing. */
  understand(text: string, lang: Lang): Understanding;
  /**
   * Whether the channel can deliver reminders (Telegram can; the local web chat cannot). When it
   * cannot, the reminders consent question is skipped rather than promising what never comes.
   * Default: true.
   */
  reminders?: boolean;
  /**
   * Whether a person's answer can come back on this channel (it can push): only then is "ask an
   * official" offered. Default: false.
   */
  handoff?: boolean;
  /** How fast one chat may go (see `DEFAULT_LIMITS`); none when omitted (tests on a fixed clock). */
  limits?: EngineLimits;
}

export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface EngineLimits {
  /** Messages per chat: past it, one polite note and no other answer until the window ends. */
  flood: RateLimit;
  /** Guides a chat may open: enough to browse, too few to inflate officials' figures. */
  opens: RateLimit;
}

/** Ticking a checklist quickly stays well under the flood limit; browsing stays under the open limit. */
export const DEFAULT_LIMITS: EngineLimits = {
  flood: { max: 40, windowMs: 60_000 },
  opens: { max: 10, windowMs: 10 * 60_000 },
};
