/**
 * Citizens' subscriptions in Telegram: `/dangky` subscribes to the weekly reminder and the task
 * force's messages for the commune chosen in onboarding, `/huy` unsubscribes, and a user who
 * blocks the bot (a `my_chat_member` update with status "kicked") is unsubscribed and counted.
 *
 * The chat state's `remind` flag is updated too, so the guided conversation shows the same choice.
 */
import { Composer } from "grammy";
import type { BroadcastParts } from "../../../broadcast/module.js";
import type { ChatAddress } from "../../../flows/state-store.js";
import type { BotContext } from "../context.js";
import { citizenLang } from "./citizen-lang.js";

export function subscriptionsFeature(parts: BroadcastParts): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { subscriptions, stateStore, texts, units, now } = parts;

  feature.on("my_chat_member", async (ctx, next) => {
    if (ctx.chat.type === "private" && ctx.myChatMember.new_chat_member.status === "kicked") {
      const removed = await subscriptions.unsubscribe(String(ctx.chat.id), "kicked");
      if (removed) ctx.log.info("subscriber blocked the bot; unsubscribed");
    }
    await next();
  });

  const privateChats = feature.chatType("private");

  /** Mirrors the choice into the chat state, when the chat has one (a compare-and-set write). */
  const remember = async (chat: ChatAddress, remind: boolean) => {
    if (!(await stateStore.read(chat))) return;
    await stateStore.update(chat, undefined, (state) => ({ state: { ...state!, remind, remindAt: now() } }));
  };

  privateChats.command("dangky", async (ctx) => {
    const chat: ChatAddress = { channel: "telegram", id: String(ctx.chat.id) };
    const lang = await citizenLang(ctx, stateStore);
    const state = await stateStore.read(chat);
    const unit = state?.unit ? units.byCode(state.unit) : undefined;
    if (!unit) {
      await ctx.reply(texts.t(lang, "sub-need-unit"));
      return;
    }
    await subscriptions.subscribe(chat.id, { unit: unit.code, lang, source: "command" });
    await remember(chat, true);
    await ctx.reply(texts.t(lang, "sub-on", { unit: unit.name }));
  });

  privateChats.command("huy", async (ctx) => {
    const chat: ChatAddress = { channel: "telegram", id: String(ctx.chat.id) };
    const lang = await citizenLang(ctx, stateStore);
    const removed = await subscriptions.unsubscribe(chat.id, "command");
    await remember(chat, false);
    await ctx.reply(texts.t(lang, removed ? "sub-off" : "sub-already-off"));
  });

  return feature;
}
