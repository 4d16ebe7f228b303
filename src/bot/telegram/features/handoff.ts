/**
 * Citizens' questions in Telegram, for officials and the task force: the buttons under a question
 * (✍️ Trả lời, ✋ Nhận, ✅ Đóng), a Telegram reply to a question (or to the "type your answer"
 * prompt) as the answer, `/traloi`, `/dong`, `/hoidap`, `/trucban`; and a citizen's 👍/👎 after a
 * thread is closed. The rules are the channel-neutral HandoffCommands'.
 */
import { Composer } from "grammy";
import type { TicketStore } from "../../../handoff/ticket-store.js";
import { HandoffCommands, type HandoffAnswer } from "../../handoff-commands.js";
import { handoffTexts as H } from "../../handoff-texts.js";
import type { BotContext } from "../context.js";
import { actionMarkup } from "../outbound.js";


export function handoffFeature(commands: HandoffCommands, tickets: TicketStore): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const pm = feature.chatType("private");

  const show = async (ctx: BotContext, answer: HandoffAnswer) => {
    if (answer.replyTo) {
      // A prompt the official replies to: Telegram keeps the reply tied to the thread.
      const prompt = await ctx.reply(H.replyPrompt(answer.replyTo), { reply_markup: { force_reply: true } });
      await tickets.rememberNotice(answer.replyTo, String(ctx.from!.id), String(prompt.message_id));
      return;
    }
    await ctx.reply(answer.text, actionMarkup(answer.buttons));
  };

  pm.callbackQuery(/^hd:/, async (ctx, next) => {
    const answer = await commands.handle(String(ctx.from.id), String(ctx.chat.id), ctx.callbackQuery.data, `tg:${ctx.update.update_id}`, ctx.from.first_name);
    // Not a handoff action (a nudge's buttons): the guided conversation takes it.
    if (answer) await show(ctx, answer);
    else await next();
  });

  // The citizen's own number, shared with one tap after an official asked for it.
  pm.on("message:contact", async (ctx, next) => {
    const contact = ctx.message.contact;
    if (contact.user_id !== ctx.from.id) return next();
    const thanks = await commands.sharePhone(String(ctx.chat.id), contact.phone_number, `tg:${ctx.update.update_id}`);
    if (thanks === null) return next();
    await ctx.reply(thanks, { reply_markup: { remove_keyboard: true } });
  });

  pm.on("message:text", async (ctx, next) => {
    const userId = String(ctx.from.id);
    const replied = ctx.message.reply_to_message;
    // The notice's own code when its message id is not recorded yet (a reply right after it arrived).
    const code = replied ? ((await tickets.byNotice(userId, String(replied.message_id))) ?? (replied.from?.id === ctx.me.id ? (/\bH-[0-9A-Z]{5}\b/.exec(replied.text ?? "")?.[0] ?? null) : null)) : null;
    if (code) return show(ctx, await commands.answer(userId, code, ctx.message.text, `tg:${ctx.update.update_id}`, ctx.from.first_name));
    if (ctx.message.text.startsWith("/") && HandoffCommands.matches(ctx.message.text)) {
      const answer = await commands.handle(userId, String(ctx.chat.id), ctx.message.text, `tg:${ctx.update.update_id}`);
      if (answer) return show(ctx, answer);
    }
    await next();
  });

  return feature;
}
