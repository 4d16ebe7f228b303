/**
 * "Is this message really from the task force?" A citizen sends `/kiemtra CODE`, or forwards the
 * message to the bot. The code in the footer is looked up; a forwarded message whose text differs
 * from the original is flagged as altered (a scammer can copy a real code under a fake text). Every
 * answer ends with the reminder that officials never ask for passwords or OTPs.
 */
import { Composer } from "grammy";
import type { Message } from "grammy/types";
import { findAuthCode } from "../../../broadcast/auth-code.js";
import type { BroadcastParts } from "../../../broadcast/module.js";
import { DateTime } from "luxon";
import { LOCAL_ZONE } from "../../../broadcast/quiet-hours.js";
import type { BotContext } from "../context.js";
import { citizenLang } from "./citizen-lang.js";

export function verifyFeature(parts: BroadcastParts): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { runs, texts, stateStore } = parts;

  const answer = async (ctx: BotContext, code: string | null, forwarded: Message | null) => {
    const lang = await citizenLang(ctx, stateStore);
    const safety = texts.t(lang, "bc-verify-safety");
    if (!code) {
      await ctx.reply(`${texts.t(lang, "bc-verify-usage")}\n\n${safety}`);
      return;
    }
    const run = await runs.byCode(code);
    if (!run) {
      await ctx.reply(`${texts.t(lang, "bc-verify-unknown", { code })}\n\n${safety}`);
      return;
    }
    const date = DateTime.fromMillis(run.createdAt, { zone: LOCAL_ZONE }).toFormat("dd/MM/yyyy");
    const fromThisBot = forwarded?.forward_origin?.type === "user" && forwarded.forward_origin.sender_user.id === ctx.me.id;
    const shown = forwarded?.text ?? forwarded?.caption ?? "";
    // Reminders differ per commune and language; only a broadcast's text can be compared.
    const altered = forwarded && !fromThisBot && run.kind === "broadcast" && !normalize(shown).includes(normalize(run.text));
    if (altered) {
      await ctx.reply(`${texts.t(lang, "bc-verify-altered", { code, date })}\n\n${run.text}\n\n${safety}`);
      return;
    }
    const original = run.kind === "broadcast" && !fromThisBot ? `\n\n${run.text}` : "";
    await ctx.reply(`${texts.t(lang, "bc-verify-real", { code, date })}${original}\n\n${safety}`);
  };

  feature.command("kiemtra", (ctx) => answer(ctx, findAuthCode(ctx.match), null));

  // Only forwarded messages that carry a code; any other forward goes on to the conversation.
  feature.on("message", async (ctx, next) => {
    const message = ctx.message;
    if (!message.forward_origin) return next();
    const code = findAuthCode(message.text ?? message.caption ?? "");
    if (!code) return next();
    await answer(ctx, code, message);
  });

  return feature;
}

const normalize = (s: string) => s.replace(/\s+/g, " ").trim();
