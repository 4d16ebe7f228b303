/**
 * The command menu Telegram shows next to the input field, in each language we speak.
 */
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import { languages } from "../../flows/types.js";
import type { Translator } from "../../i18n/translator.js";

export function citizenCommands(texts: Translator, lang: (typeof languages)[number]): BotCommand[] {
  return [
    { command: "start", description: texts.t(lang, "cmd-start") },
    { command: "menu", description: texts.t(lang, "cmd-menu") },
    { command: "help", description: texts.t(lang, "cmd-help") },
    { command: "dangky", description: texts.t(lang, "cmd-dangky") },
    { command: "huy", description: texts.t(lang, "cmd-huy") },
    { command: "kiemtra", description: texts.t(lang, "cmd-kiemtra") },
    { command: "hoicanbo", description: texts.t(lang, "cmd-hoicanbo") },
    { command: "dulieu", description: texts.t(lang, "cmd-dulieu") },
    { command: "riengtu", description: texts.t(lang, "cmd-riengtu") },
  ];
}

/** Registers the menu: Vietnamese as the default, Khmer and English for users with those app languages. */
export async function registerCommands(api: Api, texts: Translator): Promise<void> {
  await api.setMyCommands(citizenCommands(texts, "vi"));
  for (const lang of ["km", "en"] as const) await api.setMyCommands(citizenCommands(texts, lang), { language_code: lang });
}
