/**
 * "Is this message really from the task force?" The code in a broadcast's footer is looked up; a
 * message shown with it whose text differs from the original is flagged as altered (a scammer can
 * copy a real code under a fake text). Every answer ends with the reminder that officials never ask
 * for passwords or OTPs. Channels feed it what they have: Telegram a `/kiemtra` or a forwarded
 * message, Zalo a `/kiemtra` or a pasted one (its forwards are invisible to the bot).
 */
import { DateTime } from "luxon";
import type { Lang } from "../flows/types.js";
import type { Translator } from "../i18n/translator.js";
import { findAuthCode } from "./auth-code.js";
import { LOCAL_ZONE } from "./quiet-hours.js";
import type { RunStore } from "./run-store.js";

export interface AuthenticityDeps {
  runs: RunStore;
  texts: Translator;
}

const normalize = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The answer for `code` (null: none given). `shown` is the message the person received, when they
 * passed it on (null for a bare code); `fromBot` when it visibly came from this bot itself.
 */
export async function checkAuthenticity(deps: AuthenticityDeps, lang: Lang, code: string | null, shown: string | null, fromBot = false): Promise<string> {
  const { runs, texts } = deps;
  const safety = texts.t(lang, "bc-verify-safety");
  if (!code) return `${texts.t(lang, "bc-verify-usage")}\n\n${safety}`;
  const run = await runs.byCode(code);
  if (!run) return `${texts.t(lang, "bc-verify-unknown", { code })}\n\n${safety}`;
  const date = DateTime.fromMillis(run.createdAt, { zone: LOCAL_ZONE }).toFormat("dd/MM/yyyy");
  // Reminders differ per commune and language; only a broadcast's text can be compared.
  if (shown !== null && !fromBot && run.kind === "broadcast" && !normalize(shown).includes(normalize(run.text))) {
    return `${texts.t(lang, "bc-verify-altered", { code, date })}\n\n${run.text}\n\n${safety}`;
  }
  const original = run.kind === "broadcast" && !fromBot ? `\n\n${run.text}` : "";
  return `${texts.t(lang, "bc-verify-real", { code, date })}${original}\n\n${safety}`;
}

/** Text asking for a check: `/kiemtra …`, or anything carrying a code. Cheap, no I/O. */
export function asksAuthenticity(text: string): boolean {
  return /^\/kiemtra\b/i.test(text.trim()) || findAuthCode(text) !== null;
}

/** For text channels: the answer to `text`, or null when it does not ask for a check. */
export async function authenticityAnswer(deps: AuthenticityDeps, lang: Lang, text: string): Promise<string | null> {
  if (!asksAuthenticity(text)) return null;
  const command = /^\/kiemtra\b/i.test(text.trim());
  const code = findAuthCode(text);
  // More than the command and the code: the whole message was pasted, and is compared.
  const pasted = !command && code !== null && normalize(text).length > code.length + 12;
  return checkAuthenticity(deps, lang, code, pasted ? text : null);
}
