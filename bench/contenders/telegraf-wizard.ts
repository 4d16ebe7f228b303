// Peer 1: Telegraf 4.16 WizardScene + session stored in Redis.
import { Scenes, session, Telegraf, type Middleware } from "telegraf";
import type { Update as TgUpdate } from "telegraf/types";
import { BACK, BOT_INFO, BOT_TOKEN, DONE_TEXT, FakeTelegram, FLOW_KEYBOARD, NEXT, stepText } from "../support/fake-telegram.js";
import { RedisJsonStore } from "../support/redis-store.js";
import { TelegramPeerDriver } from "./telegram-driver.js";
import type { FlowContender } from "./types.js";

type Ctx = Scenes.WizardContext;

export const telegrafWizard: FlowContender = {
  name: "Telegraf WizardScene",
  async create({ redis, prefix, depth }) {
    const fake = new FakeTelegram();
    const reply = { reply_markup: FLOW_KEYBOARD };

    // Wizard step 0 runs on enter and shows flow step 1; wizard step k (1..depth) handles
    // the button pressed while flow step k is shown.
    const steps: Middleware<Ctx>[] = [
      async (ctx) => {
        await ctx.reply(stepText(1, depth), reply);
        ctx.wizard.selectStep(1);
      },
    ];
    for (let k = 1; k <= depth; k++) {
      steps.push(async (ctx) => {
        const data = ctx.callbackQuery && "data" in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
        if (data === NEXT) {
          if (k === depth) {
            await ctx.reply(DONE_TEXT);
            await ctx.scene.leave();
            return;
          }
          await ctx.reply(stepText(k + 1, depth), reply);
          ctx.wizard.selectStep(k + 1);
        } else if (data === BACK) {
          const prev = Math.max(1, k - 1);
          await ctx.reply(stepText(prev, depth), reply);
          ctx.wizard.selectStep(prev);
        }
      });
    }
    const scene = new Scenes.WizardScene<Ctx>("flow", ...steps);
    const stage = new Scenes.Stage<Ctx>([scene]);

    const bot = new Telegraf<Ctx>(BOT_TOKEN);
    bot.botInfo = BOT_INFO;
    // Telegraf builds a fresh Telegram client per update; swap its transport for the fake.
    bot.use((ctx, next) => {
      ctx.telegram.callApi = fake.callApi as typeof ctx.telegram.callApi;
      return next();
    });
    bot.use(session({ store: new RedisJsonStore<Ctx["session"]>(redis, prefix) }));
    bot.use(stage.middleware());
    bot.command("start", (ctx) => ctx.scene.enter("flow"));

    const driver = new TelegramPeerDriver(fake, depth, (u) => bot.handleUpdate(u as TgUpdate));
    return { ok: true, driver };
  },
};
