/**
 * What one recipient of a run receives: the task force's text (or the weekly reminder for their
 * commune, in their language) followed by the authenticity footer in their language.
 */
import type { Translator } from "../i18n/translator.js";
import type { UnitCatalogue } from "../units/catalogue.js";
import type { Run } from "./run-store.js";
import type { Recipient } from "./subscriptions.js";
import { unitText } from "../units/unit-text.js";

/** Telegram's limits for a text message and a photo caption. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
/** Room kept for the footer, in any language, when the task force writes a message. */
export const FOOTER_ROOM = 200;

export interface RenderedMessage {
  text: string;
  photo: string | null;
}

export class MessageRenderer {
  constructor(
    private readonly texts: Translator,
    private readonly units: UnitCatalogue,
  ) {}

  footer(recipient: Pick<Recipient, "lang">, code: string): string {
    return this.texts.t(recipient.lang, "bc-footer", { code });
  }

  render(run: Run, recipient: Recipient): RenderedMessage {
    const body = run.kind === "reminder" ? this.#reminder(run, recipient) : run.text;
    const text = `${body}\n\n${this.footer(recipient, run.code)}`;
    return { text: text.slice(0, run.photo ? CAPTION_LIMIT : TEXT_LIMIT), photo: run.photo };
  }

  #reminder(run: Run, recipient: Recipient): string {
    const unit = recipient.unit ? this.units.byCode(recipient.unit) : undefined;
    const { lang } = recipient;
    if (!unit) return this.texts.t(lang, "reminder-weekly-generic", { when: run.when });
    const local = unitText(unit, lang);
    return this.texts.t(lang, "reminder-weekly", {
      when: run.when,
      unit: local.name,
      office: local.office,
      address: local.address,
      hours: local.thursday ?? this.texts.t(lang, "reminder-hours-default"),
    });
  }
}
