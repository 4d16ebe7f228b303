// Peer 3: grammY conversations 2.x, conversation state stored in Redis.
import { Bot, type Context } from "grammy";
import {
  conversations,
  createConversation,
  type Conversation,
  type ConversationData,
  type ConversationFlavor,
  type VersionedState,
} from "@grammyjs/conversations";
import { BACK, BOT_INFO, BOT_TOKEN, DONE_TEXT, FakeTelegram, FLOW_KEYBOARD, NEXT, stepText } from "../support/fake-telegram.js";
import { RedisJsonStore } from "../support/redis-store.js";
import { TelegramPeerDriver } from "./telegram-driver.js";
import type { FlowContender } from "./types.js";

type OuterCtx = ConversationFlavor<Context>;
type InnerCtx = Context;

export const grammyConversations: FlowContender = {
  name: "grammY conversations",
  async create({ redis, prefix, depth }) {
    const fake = new FakeTelegram();
    // The fake goes in through `client.fetch`: the plugin builds its own Api objects from
    // the bot's token and client options, and records every API result in its replay log.
    const bot = new Bot<OuterCtx>(BOT_TOKEN, {
      botInfo: BOT_INFO,
      client: { fetch: fake.fetch as unknown as typeof fetch },
    });
    bot.use(
      conversations<OuterCtx, InnerCtx>({
        storage: {
          type: "key",
          adapter: new RedisJsonStore<VersionedState<ConversationData>>(redis, prefix),
        },
      }),
    );

    async function flow(conversation: Conversation<OuterCtx, InnerCtx>, ctx: InnerCtx): Promise<void> {
      let step = 1;
      await ctx.reply(stepText(step, depth), { reply_markup: FLOW_KEYBOARD });
      for (;;) {
        const cb = await conversation.waitForCallbackQuery([NEXT, BACK]);
        if (cb.callbackQuery.data === NEXT) {
          if (step >= depth) {
            await cb.reply(DONE_TEXT);
            return;
          }
          step++;
        } else {
          step = Math.max(1, step - 1);
        }
        await cb.reply(stepText(step, depth), { reply_markup: FLOW_KEYBOARD });
      }
    }
    bot.use(createConversation(flow, "flow"));
    bot.command("start", (ctx) => ctx.conversation.enter("flow"));

    const driver = new TelegramPeerDriver(fake, depth, (u) => bot.handleUpdate(u));
    return { ok: true, driver };
  },
};
