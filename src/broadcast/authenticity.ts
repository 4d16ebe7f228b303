/**
 * "Is this message really from the task force?" for channels without Telegram's forwards: the person
 * types `/kiemtra CODE` or pastes the whole message they received (families pass broadcasts on by
 * Zalo). A pasted text whose words differ from the original is flagged as altered, since a scammer
 * can copy a real code under a fake text. Every answer ends with the reminder that officials never
 * ask for passwords or OTPs.
 */
import { DateTime } from "luxon";
import type { Lang } from "../flows/types.js";
import type { Translator } from "../i18n/translator.js";
import { findAuthCode } from "./auth-code.js";
import { LOCAL_ZONE } from "./quiet-hours.js";
import type { RunStore } from "./run-store.js";

const normalize = (s: string) => s.replace(/\s+/g, " ").trim();

/** The answer to `text`, or null when it is neither /kiemtra nor a message carrying a code. */
export async function authenticityAnswer(deps: { runs: RunStore; texts: Translator }, lang: Lang, text: string): Promise<string | null> {
  const command = /^\/kiemtra\b/i.test(text.trim());
  const code = findAuthCode(text);
  if (!command && !code) return null;
  const { runs, texts } = deps;
  const safety = texts.t(lang, "bc-verify-safety");
  if (!code) return `${texts.t(lang, "bc-verify-usage")}\n\n${safety}`;
  const run = await runs.byCode(code);
  if (!run) return `${texts.t(lang, "bc-verify-unknown", { code })}\n\n${safety}`;
  const date = DateTime.fromMillis(run.createdAt, { zone: LOCAL_ZONE }).toFormat("dd/MM/yyyy");
  // A pasted message (more than the command and the code) must contain the original text.
  const pasted = !command && normalize(text).length > code.length + 12;
  if (pasted && run.kind === "broadcast" && !normalize(text).includes(normalize(run.text))) {
    return `${texts.t(lang, "bc-verify-altered", { code, date })}\n\n${run.text}\n\n${safety}`;
  }
  const original = run.kind === "broadcast" && !pasted ? `\n\n${run.text}` : "";
  return `${texts.t(lang, "bc-verify-real", { code, date })}${original}\n\n${safety}`;
}
