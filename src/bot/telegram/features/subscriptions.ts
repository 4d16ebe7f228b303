/**
 * Citizens' subscriptions in Telegram: `/dangky`, `/huy` (answered by the channel-neutral
 * SubscriptionCommands), and a user who blocks the bot (a `my_chat_member` update with status
 * "kicked") is unsubscribed and counted.
 */
import { Composer } from "grammy";
import type { SubscriptionCommands } from "../../../broadcast/subscription-commands.js";
import type { ChatAddress } from "../../../flows/state-store.js";
import type { BotContext } from "../context.js";

const appLang = (ctx: BotContext) => {
  const hint = ctx.from?.language_code?.slice(0, 2).toLowerCase();
  return hint === "km" || hint === "en" ? hint : "vi";
};

export function subscriptionsFeature(commands: SubscriptionCommands): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.on("my_chat_member", async (ctx, next) => {
    if (ctx.chat.type === "private" && ctx.myChatMember.new_chat_member.status === "kicked") {
      const removed = await commands.left({ channel: "telegram", id: String(ctx.chat.id) }, "kicked");
      if (removed) ctx.log.info("subscriber blocked the bot; unsubscribed");
    }
    await next();
  });

  const privateChats = feature.chatType("private");
  const chatOf = (ctx: BotContext): ChatAddress => ({ channel: "telegram", id: String(ctx.chat!.id) });
  privateChats.command("dangky", async (ctx) => void (await ctx.reply(await commands.subscribe(chatOf(ctx), appLang(ctx)))));
  privateChats.command("huy", async (ctx) => void (await ctx.reply(await commands.unsubscribe(chatOf(ctx), appLang(ctx)))));

  return feature;
}
