/**
 * `/dulieu` (what the assistant holds about me) and `/xoadulieu` (delete it), for every channel, as
 * text in and text out in the person's language; the deletion is confirmed by a button (`pd:erase`)
 * or by typing `/xoadulieu xoa`.
 */
import type { ChatAddress } from "../flows/state-store.js";
import type { FlowCatalogue } from "../flows/catalogue.js";
import type { Lang } from "../flows/types.js";
import type { Translator } from "../i18n/translator.js";
import type { PersonalData } from "../privacy/personal-data.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import { localDay } from "../stats/local-day.js";
import { unitName } from "../units/unit-text.js";

const SEE = /^\/dulieu(?:@\w+)?\s*$/i;
const ERASE = /^\/xoadulieu(?:@\w+)?(?:\s+(xoa|xóa))?\s*$/i;
export const ERASE_PAYLOAD = "pd:erase";

const LANG_NAMES: Record<Lang, string> = { vi: "Tiếng Việt", km: "ភាសាខ្មែរ", en: "English" };

export interface PersonalDataAnswer {
  text: string;
  buttons?: { label: string; data: string }[];
}

export class PersonalDataCommands {
  constructor(private readonly deps: { data: PersonalData; texts: Translator; units: UnitCatalogue; flows: FlowCatalogue }) {}

  static matches(text: string): boolean {
    const t = text.trim();
    return SEE.test(t) || ERASE.test(t) || t === ERASE_PAYLOAD;
  }

  async handle(chat: ChatAddress, text: string, langHint: Lang = "vi"): Promise<PersonalDataAnswer | null> {
    const t = text.trim();
    const erase = ERASE.exec(t);
    if (!SEE.test(t) && !erase && t !== ERASE_PAYLOAD) return null;
    const { data, texts } = this.deps;
    if (t === ERASE_PAYLOAD || erase?.[1]) {
      // Only the language is needed here, not the summary (a scan of the session log).
      const lang = (await data.language(chat)) ?? langHint;
      const gone = await data.erase(chat);
      return { text: texts.t(lang, "pd-erased", { threads: String(gone.threads), sessions: String(gone.sessions), runs: String(gone.runs) }) };
    }
    const summary = await data.summary(chat);
    const lang = summary.state?.lang ?? langHint;
    return { text: this.#describe(summary, lang), buttons: [{ label: texts.t(lang, "pd-erase-button"), data: ERASE_PAYLOAD }] };
  }

  #unitName(code: string, lang: Lang): string {
    const unit = this.deps.units.byCode(code);
    return unit ? unitName(unit, lang) : code;
  }

  #describe(s: Awaited<ReturnType<PersonalData["summary"]>>, lang: Lang): string {
    const { texts, flows } = this.deps;
    const lines: string[] = [];
    if (s.state?.lang) lines.push(texts.t(lang, "pd-lang", { lang: LANG_NAMES[s.state.lang] }));
    if (s.state?.unit) lines.push(texts.t(lang, "pd-unit", { unit: this.#unitName(s.state.unit, lang) }));
    if (s.subscribed?.on) lines.push(texts.t(lang, "pd-remind-on", { since: s.subscribed.since ? vietnamDate(s.subscribed.since) : "?" }));
    else if (s.state) lines.push(texts.t(lang, "pd-remind-off"));
    if (s.state?.stats) lines.push(texts.t(lang, "pd-stats-on", { since: s.state.statsAt ? vietnamDate(s.state.statsAt) : "?" }));
    else if (s.state) lines.push(texts.t(lang, "pd-stats-off"));
    const flow = s.state?.flow ? flows.get(s.state.flow) : undefined;
    if (flow && s.state?.flow !== "onboarding") lines.push(texts.t(lang, "pd-guide", { guide: texts.t(lang, flow.def.title) }));
    if (s.threads.length > 0) lines.push(texts.t(lang, "pd-threads", { codes: s.threads.join(", ") }));
    if (s.sessions > 0) lines.push(texts.t(lang, "pd-sessions", { n: String(s.sessions) }));
    const head = lines.length > 0 ? [texts.t(lang, "pd-title"), ...lines] : [texts.t(lang, "pd-nothing")];
    return [...head, "", texts.t(lang, "pd-never"), texts.t(lang, "pd-erase-ask")].join("\n");
  }
}

/** A moment as the day it was in Vietnam, written dd/mm/yyyy. */
function vietnamDate(ms: number): string {
  return localDay(ms).split("-").reverse().join("/");
}
