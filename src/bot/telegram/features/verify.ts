/**
 * "Is this message really from the task force?" A citizen sends `/kiemtra CODE`, or forwards the
 * message to the bot. The code in the footer is looked up; a forwarded message whose text differs
 * from the original is flagged as altered (a scammer can copy a real code under a fake text). Every
 * answer ends with the reminder that officials never ask for passwords or OTPs.
 */
import { Composer } from "grammy";
import type { Message } from "grammy/types";
import { findAuthCode } from "../../../broadcast/auth-code.js";
import { checkAuthenticity } from "../../../broadcast/authenticity.js";
import type { BroadcastParts } from "../../../broadcast/module.js";
import type { BotContext } from "../context.js";
import { citizenLang } from "./citizen-lang.js";

export function verifyFeature(parts: BroadcastParts): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { runs, texts, stateStore } = parts;

  const answer = async (ctx: BotContext, code: string | null, forwarded: Message | null) => {
    const lang = await citizenLang(ctx, stateStore);
    const fromThisBot = forwarded?.forward_origin?.type === "user" && forwarded.forward_origin.sender_user.id === ctx.me.id;
    const shown = forwarded ? (forwarded.text ?? forwarded.caption ?? "") : null;
    await ctx.reply(await checkAuthenticity({ runs, texts }, lang, code, shown, fromThisBot));
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
