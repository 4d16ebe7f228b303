// Peer 2: plain grammY with session middleware on Redis holding { flow, step }.
import { Bot, session, type Context, type SessionFlavor } from "grammy";
import { BACK, BOT_INFO, BOT_TOKEN, DONE_TEXT, FakeTelegram, FLOW_KEYBOARD, NEXT, stepText } from "../support/fake-telegram.js";
import { RedisJsonStore } from "../support/redis-store.js";
import { TelegramPeerDriver } from "./telegram-driver.js";
import type { FlowContender } from "./types.js";

interface FlowSession {
  flow: "bench" | null;
  step: number;
}
type Ctx = Context & SessionFlavor<FlowSession>;

export const grammySession: FlowContender = {
  name: "grammY session",
  async create({ redis, prefix, depth }) {
    const fake = new FakeTelegram();
    const bot = new Bot<Ctx>(BOT_TOKEN, {
      botInfo: BOT_INFO,
      client: { fetch: fake.fetch as unknown as typeof fetch },
    });
    bot.use(
      session({
        initial: (): FlowSession => ({ flow: null, step: 0 }),
        storage: new RedisJsonStore<FlowSession>(redis, prefix),
      }),
    );
    bot.command("start", async (ctx) => {
      ctx.session = { flow: "bench", step: 1 };
      await ctx.reply(stepText(1, depth), { reply_markup: FLOW_KEYBOARD });
    });
    bot.callbackQuery([NEXT, BACK], async (ctx) => {
      const s = ctx.session;
      if (s.flow !== "bench") return;
      if (ctx.callbackQuery.data === NEXT) {
        if (s.step >= depth) {
          (ctx as SessionFlavor<FlowSession>).session = null; // flow finished: delete the state
          await ctx.reply(DONE_TEXT);
          return;
        }
        s.step++;
      } else {
        s.step = Math.max(1, s.step - 1);
      }
      await ctx.reply(stepText(s.step, depth), { reply_markup: FLOW_KEYBOARD });
    });

    const driver = new TelegramPeerDriver(fake, depth, (u) => bot.handleUpdate(u));
    return { ok: true, driver };
  },
};
